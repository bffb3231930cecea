import net from 'node:net';

// Whether the line's queue is already full while a direction ramps up: a new TCP connection to
// the transfer's server waits behind the queued data (its SYN or SYN-ACK sits in the same queue),
// so its connect time minus the idle one is the queue's delay, as Apple's networkQuality measures
// responsiveness on new connections. A standing queue means the bottleneck is busy all the time:
// more streams cannot raise the rate there, and on a deep queue their slow start overflows it.

/** When one probe connection began and connected (null while waiting, or when it failed). */
export interface ConnectTiming {
  readonly startMs: number;
  readonly endMs: number | null;
  readonly failed: boolean;
}

/**
 * How much longer the loaded connection took (or has waited so far: a lower bound) than the idle
 * one. Null when there is nothing to compare: no idle connect time, no loaded probe, or a probe
 * that failed (a refused connection says nothing about the queue).
 */
export function extraDelay(idle: ConnectTiming | undefined, loaded: ConnectTiming | undefined, nowMs: number): number | null {
  if (!idle || idle.failed || idle.endMs === null || !loaded || loaded.failed) return null;
  return (loaded.endMs ?? nowMs) - loaded.startMs - (idle.endMs - idle.startMs);
}

/** A connection that has not connected by then is given up (it has said what it can). */
const PROBE_CAP_MS = 5000;

/** Opens probe connections to `url`'s server (TCP only, closed at once) and keeps their timings. */
export class ConnectProbe {
  private readonly sockets = new Set<net.Socket>();
  private readonly timings: ConnectTiming[] = [];

  constructor(private readonly url: URL) {}

  /** Starts one probe connection; the first one started is the idle reference. */
  start(): void {
    const port = Number(this.url.port) || (this.url.protocol === 'https:' ? 443 : 80);
    const host = this.url.hostname.replace(/^\[|\]$/g, '');
    const index = this.timings.length;
    const startMs = performance.now();
    this.timings.push({ startMs, endMs: null, failed: false });
    const socket = net.connect({ host, port });
    this.sockets.add(socket);
    const end = (failed: boolean): void => {
      if (this.timings[index]!.endMs === null && !this.timings[index]!.failed) this.timings[index] = { startMs, endMs: failed ? null : performance.now(), failed };
      clearTimeout(timer);
      this.sockets.delete(socket);
      socket.destroy();
    };
    const timer = setTimeout(() => end(true), PROBE_CAP_MS);
    socket.once('connect', () => end(false));
    socket.once('error', () => end(true));
  }

  /** The latest probe's extra delay over the first (idle) one; see extraDelay. */
  queueDelay(nowMs = performance.now()): number | null {
    return this.timings.length < 2 ? null : extraDelay(this.timings[0], this.timings.at(-1), nowMs);
  }

  /** Closes every probe connection still open. */
  close(): void {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }
}
