import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import { adaptivePlanOf, driveAdaptive, RateMeter } from './adaptive-run.js';
import { ConnectProbe } from './queue-probe.js';
import { badStatus, startRequest, transferAgent } from './http-request.js';
import { waitFor } from '../../engine/abortable-wait.js';
import { mbitPerSecond, type TransferOutcome, type TransferPlan } from './types.js';
import { settledRates, uploadedInWindow, type UploadSpan } from './upload-window.js';
import type { SettledRates } from './adaptive.js';

const CHUNK = randomBytes(64 * 1024); // incompressible, so no middlebox can shrink it
// Small first bodies finish even on a 1 Mbit/s line shared by four streams; fast lines double them quickly.
const FIRST_BODY = 16 * 1024;
const MAX_BODY = 32 * 1024 * 1024;
/** Bodies are sized so one takes about this long: long enough that per-request pauses do not matter. */
const TARGET_REQUEST_MS = 400;

/**
 * After the measured phase the streams keep going until each has answered once more, so the
 * window keeps its planned end (see uploadedInWindow); at most this long.
 */
const CLOSE_CAP_MS = 2000;

/** A stream whose connection attempt timed out tries this often in all before it gives up. */
const CONNECT_ATTEMPTS = 3;

/**
 * Writes `size` bytes of CHUNK, waiting whenever the socket asks to. `sent` hears of each piece
 * the kernel took: once the send buffer is full it takes bytes as fast as the line carries them,
 * which is what the stability rule watches (the figure itself comes from finished requests).
 */
export async function writeBody(req: http.ClientRequest, size: number, sent: (bytes: number) => void): Promise<void> {
  let left = size;
  while (left > 0 && !req.destroyed) {
    const piece = left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left);
    left -= piece.length;
    if (!req.write(piece, () => sent(piece.length))) await drainOrClose(req);
  }
  req.end();
}

/**
 * Until the request drains or closes. Whichever comes first removes the other's listener: a body
 * waits for drain after nearly every 64 kB piece, and a 'close' listener left behind per piece
 * piled up on the request (MaxListenersExceededWarning after 11).
 */
function drainOrClose(req: http.ClientRequest): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      req.off('drain', done);
      req.off('close', done);
      resolve();
    };
    req.once('drain', done);
    req.once('close', done);
  });
}

/**
 * Upload rate: connections each POST bodies to the URL one after another, bodies growing until
 * one takes ~0.4 s; streams are added while they raise the rate and the direction stops once it
 * is stable or at the cap (see adaptive.ts). A request counts when the server's answer arrives
 * (the upload URL must read the whole body before answering); see uploadedInWindow for the window,
 * which is why the streams run on after the measured phase until each has answered once more.
 * A connection not accepted in time is tried again (a SYN lost in a full queue is re-sent only
 * after 1 s and 3 s); the stream gives up after CONNECT_ATTEMPTS.
 */
export async function measureUpload(url: URL, plan: TransferPlan, signal: AbortSignal): Promise<TransferOutcome> {
  const ap = adaptivePlanOf(plan);
  const agent = transferAgent(url, ap.maxStreams);
  const stop = new AbortController();
  const onAbort = (): void => stop.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  const errors = new Set<string>();
  const spans: UploadSpan[] = [];
  const failed = new Set<number>();
  const meter = new RateMeter(performance.now(), ap.intervalMs);
  const start = meter.startMs;
  const live = new Set<http.ClientRequest>();
  const sent = (bytes: number): void => meter.add(bytes, performance.now());
  const running = new Set<number>();
  const lastAnswer = new Map<number, number>();
  const startedAt = new Map<number, number>();

  /** Milliseconds the request took, 'connect' when no connection was accepted in time, null on other failures. */
  const postOnce = (stream: number, size: number): Promise<number | 'connect' | null> =>
    new Promise((resolve) => {
      const began = performance.now();
      const req = startRequest(url, 'POST', agent, { 'content-type': 'application/octet-stream', 'content-length': size });
      live.add(req);
      let connected = false;
      const done = (took: number | 'connect' | null): void => {
        live.delete(req);
        resolve(took);
      };
      // Only the connection has a timeout: once it stands, a body may legitimately sit in the
      // kernel's send buffer for seconds on a slow line; the end of the direction stops everything.
      const connectTimer = setTimeout(() => req.destroy(new Error(`${url.href} did not accept a connection within ${plan.connectTimeoutMs} ms`)), plan.connectTimeoutMs);
      const onConnect = (): void => {
        connected = true;
        clearTimeout(connectTimer);
      };
      req.once('socket', (socket) => {
        if (!socket.connecting) onConnect();
        else socket.once('connect', onConnect);
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
        lastAnswer.set(stream, end - start);
        done(end - began);
      });
      req.on('error', (e) => {
        if (stop.signal.aborted) return done(null);
        if (connected) {
          errors.add(e.message);
          return done(null);
        }
        // Not connected: the caller decides whether to try again, and says so if it gives up.
        lastConnectError = e.message;
        done('connect');
      });
      req.on('close', () => done(null));
      void writeBody(req, size, sent);
    });

  let lastConnectError = '';
  const stream = async (i: number): Promise<void> => {
    running.add(i);
    startedAt.set(i, performance.now() - start);
    let size = FIRST_BODY;
    let attempts = 0;
    while (!stop.signal.aborted) {
      const took = await postOnce(i, size);
      if (took === 'connect' && ++attempts < CONNECT_ATTEMPTS) continue;
      if (took === null || took === 'connect') {
        if (took === 'connect' && !stop.signal.aborted) errors.add(`${lastConnectError} (${CONNECT_ATTEMPTS} attempts)`);
        if (!stop.signal.aborted) failed.add(i);
        break;
      }
      attempts = 0;
      // Bodies follow the stream's share (at most doubling): once more streams join, a body sized
      // for two would take seconds, and the window's edges would rest on a few long requests.
      size = Math.round(Math.min(size * 2, MAX_BODY, Math.max(FIRST_BODY, (size * TARGET_REQUEST_MS) / Math.max(1, took))));
    }
    running.delete(i);
  };
  const streams: Promise<void>[] = [];
  const add = (n: number): void => {
    for (let k = 0; k < n; k++) streams.push(stream(streams.length));
  };
  // Stability is judged on what the server confirmed (the bytes the kernel took come in lumps of
  // its send buffer, and never looked stable): final up to where every stream has answered.
  const judged = (): SettledRates => {
    const settledMs = Math.min(...[...running].map((i) => lastAnswer.get(i) ?? startedAt.get(i) ?? 0));
    return settledRates(spans.filter((x) => !failed.has(x.stream)), Number.isFinite(settledMs) ? settledMs : 0, ap.intervalMs);
  };
  const queue = new ConnectProbe(url);
  const drive = await driveAdaptive(ap, meter, add, stop.signal, () => running.size, judged, queue);
  queue.close();
  // Until every stream still running has answered after the window's end (or the cap): cutting
  // them at once left the window ending where one stream last answered, 0.8 s into a 3 s phase.
  // A window that stopped as stable or fast ends where every stream had answered: nothing to wait for.
  const closeBy = performance.now() + CLOSE_CAP_MS;
  const answeredAfter = (): boolean => [...running].every((i) => (lastAnswer.get(i) ?? -1) >= drive.toMs);
  while (!stop.signal.aborted && running.size > 0 && performance.now() < closeBy && !answeredAfter()) await waitFor(25, stop.signal);
  stop.abort();
  for (const req of live) req.destroy();
  await Promise.all(streams);
  agent.destroy();
  signal.removeEventListener('abort', onAbort);
  const alive = spans.filter((s) => !failed.has(s.stream));
  const window = uploadedInWindow(alive, drive.fromMs, drive.toMs);
  if (window === null || window.bytes === 0) {
    if (errors.size === 0) errors.add(`no upload to ${url.href} finished inside the measured window`);
    return { result: null, errors: [...errors] };
  }
  const result = {
    mbps: mbitPerSecond(window.bytes, window.durationMs),
    bytes: window.bytes,
    durationMs: window.durationMs,
    streams: drive.streams,
    ...(drive.stopped ? { stopped: drive.stopped } : {}),
  };
  return { result, errors: [...errors] };
}
