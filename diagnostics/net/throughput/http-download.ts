import type http from 'node:http';
import { adaptivePlanOf, driveAdaptive, RateMeter } from './adaptive-run.js';
import { ConnectProbe } from './queue-probe.js';
import { badStatus, startRequest, transferAgent } from './http-request.js';
import { mbitPerSecond, type TransferOutcome, type TransferPlan } from './types.js';

/**
 * Download rate: connections each fetch the URL again and again (a file ending early is simply
 * fetched anew) while bytes are binned as they arrive; streams are added while they raise the
 * rate (and the queue is not already full, see queue-probe.ts), and the direction stops once its
 * rate is stable or at the cap (see adaptive.ts). Only the
 * measured phase after the ramp counts. Counting at the receiver is exact. When it returns, every
 * connection is closed.
 */
export async function measureDownload(url: URL, plan: TransferPlan, signal: AbortSignal): Promise<TransferOutcome> {
  const ap = adaptivePlanOf(plan);
  const agent = transferAgent(url, ap.maxStreams);
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const errors = new Set<string>();
  const meter = new RateMeter(performance.now(), ap.intervalMs);
  const live = new Set<http.ClientRequest>();
  let running = 0;

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
        res.on('data', (chunk: Buffer) => meter.add(chunk.length, performance.now()));
        res.on('end', () => done(true));
        // Destroyed at the end (or cut by the server): no 'end', but always 'close'.
        res.on('close', () => done(res.complete));
      });
      req.on('error', (e) => {
        if (!stop.signal.aborted) errors.add(e.message);
        done(false);
      });
      req.on('close', () => done(false));
      req.end();
    });

  const streams: Promise<void>[] = [];
  const stream = async (): Promise<void> => {
    running++;
    // A failed request ends the stream: retrying a server that answers 500 only repeats the error.
    while (!stop.signal.aborted && (await fetchOnce()));
    running--;
  };
  const add = (n: number): void => {
    for (let i = 0; i < n; i++) streams.push(stream());
  };
  const queue = new ConnectProbe(url);
  const drive = await driveAdaptive(ap, meter, add, stop.signal, () => running, undefined, queue);
  queue.close();
  stop.abort();
  for (const req of live) req.destroy();
  await Promise.all(streams);
  agent.destroy();
  signal.removeEventListener('abort', onAbort);
  const from = drive.measuredFrom;
  const counted = meter.bytes(from, drive.toMs / ap.intervalMs);
  const durationMs = drive.toMs - drive.fromMs;
  if (durationMs <= 0 || counted === 0) {
    if (errors.size === 0) errors.add(`no data arrived from ${url.href} after the ramp-up`);
    return { result: null, errors: [...errors] };
  }
  const result = { mbps: mbitPerSecond(counted, durationMs), bytes: counted, durationMs, streams: drive.streams, ...(drive.stopped ? { stopped: drive.stopped } : {}) };
  return { result, errors: [...errors] };
}
