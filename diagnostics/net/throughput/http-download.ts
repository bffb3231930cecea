import type http from 'node:http';
import { badStatus, startRequest, transferAgent } from './http-request.js';
import { waitFor } from '../../engine/abortable-wait.js';
import { mbitPerSecond, type TransferOutcome, type TransferPlan } from './types.js';

/**
 * Download rate: `plan.streams` connections each fetch the URL again and again (a file ending
 * early is simply fetched anew) while bytes are counted as they arrive, only inside the measured
 * window after the warm-up. Counting at the receiver is exact; nothing is buffered on our side.
 */
export async function measureDownload(url: URL, plan: TransferPlan, signal: AbortSignal): Promise<TransferOutcome> {
  const agent = transferAgent(url, plan.streams);
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const errors = new Set<string>();
  const start = performance.now();
  const windowStart = start + plan.warmupMs;
  const windowEnd = windowStart + plan.measureMs;
  let counted = 0;
  const live = new Set<http.ClientRequest>();

  const fetchOnce = (): Promise<boolean> =>
    new Promise((resolve) => {
      const req = startRequest(url, 'GET', agent, { 'cache-control': 'no-cache' });
      live.add(req);
      // The first call wins: 'end', 'close' and 'error' may all arrive for one request.
      const done = (ok: boolean): void => {
        live.delete(req);
        resolve(ok);
      };
      req.setTimeout(plan.connectTimeoutMs, () => req.destroy(new Error(`${url.href} did not answer within ${plan.connectTimeoutMs} ms`)));
      req.on('response', (res) => {
        const bad = badStatus(res, url);
        if (bad !== null) {
          errors.add(bad);
          res.resume();
          return done(false);
        }
        res.on('data', (chunk: Buffer) => {
          const now = performance.now();
          if (now >= windowStart && now <= windowEnd) counted += chunk.length;
        });
        res.on('end', () => done(true));
        // Destroyed at the end of the window (or cut by the server): no 'end', but always 'close'.
        res.on('close', () => done(res.complete));
      });
      req.on('error', (e) => {
        if (!stop.signal.aborted) errors.add(e.message);
        done(false);
      });
      req.on('close', () => done(false));
      req.end();
    });

  const stream = async (): Promise<void> => {
    // A failed request ends the stream: retrying a server that answers 500 only repeats the error.
    while (!stop.signal.aborted && (await fetchOnce()));
  };
  const streams = Array.from({ length: plan.streams }, stream);
  await Promise.race([waitFor(windowEnd - start, stop.signal), Promise.all(streams)]);
  const ended = Math.min(performance.now(), windowEnd);
  stop.abort();
  for (const req of live) req.destroy();
  await Promise.all(streams);
  agent.destroy();
  signal.removeEventListener('abort', onAbort);
  const durationMs = Math.round(ended - windowStart);
  if (durationMs <= 0 || counted === 0) {
    if (errors.size === 0) errors.add(`no data arrived from ${url.href} after the warm-up`);
    return { result: null, errors: [...errors] };
  }
  return { result: { mbps: mbitPerSecond(counted, durationMs), bytes: counted, durationMs }, errors: [...errors] };
}
