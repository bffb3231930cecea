import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import { badStatus, startRequest, transferAgent } from './http-request.js';
import { waitFor } from '../../engine/abortable-wait.js';
import { mbitPerSecond, type TransferOutcome, type TransferPlan } from './types.js';
import { uploadedInWindow, type UploadSpan } from './upload-window.js';

const CHUNK = randomBytes(64 * 1024); // incompressible, so no middlebox can shrink it
// Small first bodies finish even on a 1 Mbit/s line shared by four streams; fast lines double them quickly.
const FIRST_BODY = 16 * 1024;
const MAX_BODY = 32 * 1024 * 1024;
/** Bodies grow until one takes about this long: long enough that per-request pauses do not matter. */
const TARGET_REQUEST_MS = 400;

/** Writes `size` bytes of CHUNK, waiting whenever the socket asks to. */
async function writeBody(req: http.ClientRequest, size: number): Promise<void> {
  let left = size;
  while (left > 0 && !req.destroyed) {
    const piece = left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left);
    left -= piece.length;
    if (!req.write(piece)) {
      await new Promise<void>((resolve) => {
        req.once('drain', resolve);
        req.once('close', resolve);
      });
    }
  }
  req.end();
}

/**
 * Upload rate: `plan.streams` connections each POST bodies to the URL one after another, bodies
 * growing until one takes ~0.4 s. A request counts when the server's answer arrives (the upload
 * URL must read the whole body before answering); see uploadedInWindow for the window.
 */
export async function measureUpload(url: URL, plan: TransferPlan, signal: AbortSignal): Promise<TransferOutcome> {
  const agent = transferAgent(url, plan.streams);
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const errors = new Set<string>();
  const spans: UploadSpan[] = [];
  const failed = new Set<number>();
  const start = performance.now();
  const live = new Set<http.ClientRequest>();

  const postOnce = (stream: number, size: number): Promise<number | null> =>
    new Promise((resolve) => {
      const began = performance.now();
      const req = startRequest(url, 'POST', agent, { 'content-type': 'application/octet-stream', 'content-length': size });
      live.add(req);
      const done = (took: number | null): void => {
        live.delete(req);
        resolve(took);
      };
      // Only the connection has a timeout: once it stands, a body may legitimately sit in the
      // kernel's send buffer for seconds on a slow line; the end of the window stops everything.
      const connectTimer = setTimeout(() => req.destroy(new Error(`${url.href} did not accept a connection within ${plan.connectTimeoutMs} ms`)), plan.connectTimeoutMs);
      req.once('socket', (socket) => {
        if (!socket.connecting) clearTimeout(connectTimer);
        else socket.once('connect', () => clearTimeout(connectTimer));
      });
      req.once('close', () => clearTimeout(connectTimer));
      req.on('response', (res) => {
        const bad = badStatus(res, url);
        res.resume();
        if (bad !== null) {
          errors.add(bad);
          return done(null);
        }
        const end = performance.now();
        spans.push({ stream, startMs: began - start, endMs: end - start, bytes: size });
        done(end - began);
      });
      req.on('error', (e) => {
        if (!stop.signal.aborted) errors.add(e.message);
        done(null);
      });
      req.on('close', () => done(null));
      void writeBody(req, size);
    });

  const stream = async (i: number): Promise<void> => {
    let size = FIRST_BODY;
    while (!stop.signal.aborted) {
      const took = await postOnce(i, size);
      if (took === null) {
        if (!stop.signal.aborted) failed.add(i);
        return;
      }
      if (took < TARGET_REQUEST_MS && size < MAX_BODY) size *= 2;
    }
  };
  const streams = Array.from({ length: plan.streams }, (_, i) => stream(i));
  await Promise.race([waitFor(plan.warmupMs + plan.measureMs, stop.signal), Promise.all(streams)]);
  stop.abort();
  for (const req of live) req.destroy();
  await Promise.all(streams);
  agent.destroy();
  signal.removeEventListener('abort', onAbort);
  const alive = spans.filter((s) => !failed.has(s.stream));
  const window = uploadedInWindow(alive, plan.warmupMs);
  if (window === null || window.bytes === 0) {
    if (errors.size === 0) errors.add(`no upload to ${url.href} finished inside the measured window`);
    return { result: null, errors: [...errors] };
  }
  return { result: { mbps: mbitPerSecond(window.bytes, window.durationMs), bytes: window.bytes, durationMs: window.durationMs }, errors: [...errors] };
}
