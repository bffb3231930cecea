import net, { type LookupFunction } from 'node:net';
import { BANNER_MAX_BYTES, escapeBanner } from './banner-escape.js';

/** How a TCP connection attempt ended. */
export type TcpState = 'open' | 'refused' | 'timeout' | 'unreachable' | 'dns-failed' | 'error';

/** How a TCP connection attempt ended, with what the server said first when asked to listen. */
export interface TcpProbe {
  readonly host: string;
  readonly port: number;
  readonly state: TcpState;
  /** Time from the start (name lookup included) to the completed handshake, in ms (0.1 ms steps). */
  readonly connectMs: number | null;
  /** The address connected to (or, failing that, the one the name resolved to). */
  readonly address: string | null;
  /** The system error code (ECONNREFUSED…) or CONNECT_TIMEOUT / ABORTED / BAD_PORT. */
  readonly code: string | null;
  /** The first bytes the server sent on its own, hex-escaped (at most 64 bytes); see banner-escape.ts. */
  readonly banner: string | null;
}

/** Options for one probe. */
export interface TcpProbeOptions {
  /** Bounds the name lookup plus the handshake. */
  readonly timeoutMs: number;
  /** Aborting ends the probe at once (state 'timeout' before the handshake, 'open' after it). */
  readonly signal?: AbortSignal;
  /** After connecting, wait this long for the server to speak first (default 0: don't wait). */
  readonly readBannerMs?: number;
  /** Name resolution to use instead of the system's (tests; a resolver chosen by the caller). */
  readonly lookup?: LookupFunction;
}

// Errors the OS reports for a failed connect, by what they tell a help desk.
const STATE_BY_CODE: Readonly<Record<string, TcpState>> = {
  ECONNREFUSED: 'refused',
  ETIMEDOUT: 'timeout',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EHOSTDOWN: 'unreachable',
  ENETDOWN: 'unreachable',
  EADDRNOTAVAIL: 'unreachable',
  ENOTFOUND: 'dns-failed',
  EAI_AGAIN: 'dns-failed',
  EAI_FAIL: 'dns-failed',
  EAI_NODATA: 'dns-failed',
  ENODATA: 'dns-failed',
};

/** The state a connect error code stands for; unknown codes are 'error'. */
export function tcpStateOf(code: string | null | undefined): TcpState {
  return (code !== null && code !== undefined ? STATE_BY_CODE[code] : undefined) ?? 'error';
}

const validPort = (port: number): boolean => Number.isInteger(port) && port > 0 && port < 65536;

/**
 * Opens a TCP connection and closes it again; with readBannerMs, first waits that long for the
 * server's greeting (the first chunk it sends, up to 64 bytes, ends the wait). Never throws.
 */
export function probeTcp(host: string, port: number, opts: TcpProbeOptions): Promise<TcpProbe> {
  return new Promise((resolve) => {
    const started = performance.now();
    const readBannerMs = opts.readBannerMs ?? 0;
    let connectMs: number | null = null;
    let address: string | null = net.isIP(host) !== 0 ? host : null;
    let socket: net.Socket | null = null;
    let bannerTimer: NodeJS.Timeout | undefined;
    let connectTimer: NodeJS.Timeout | undefined;
    const received: Buffer[] = [];
    let receivedBytes = 0;
    let done = false;

    const finish = (state: TcpState, code: string | null): void => {
      if (done) return;
      done = true;
      clearTimeout(connectTimer);
      clearTimeout(bannerTimer);
      opts.signal?.removeEventListener('abort', onAbort);
      socket?.destroy();
      const banner = receivedBytes > 0 ? escapeBanner(Buffer.concat(received)) : null;
      resolve({ host, port, state, connectMs, address, code, banner });
    };
    // After the handshake the port is open whatever happens next; before it, an abort is a timeout.
    const onAbort = (): void => finish(connectMs === null ? 'timeout' : 'open', connectMs === null ? 'ABORTED' : null);

    if (!validPort(port)) return finish('error', 'BAD_PORT');
    if (opts.signal?.aborted === true) return onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    connectTimer = setTimeout(() => finish('timeout', 'CONNECT_TIMEOUT'), Math.max(0, opts.timeoutMs));

    try {
      socket = net.connect({ host, port, ...(opts.lookup === undefined ? {} : { lookup: opts.lookup }) });
    } catch (e) {
      // net.connect throws synchronously for arguments it rejects (an odd host type, a bad option).
      return finish('error', (e as NodeJS.ErrnoException).code ?? 'ERR_CONNECT');
    }
    const s = socket;
    s.on('lookup', (err: Error | null, addr: string) => {
      if (err === null && typeof addr === 'string') address = addr;
    });
    s.once('connect', () => {
      connectMs = Math.round((performance.now() - started) * 10) / 10;
      address = s.remoteAddress ?? address;
      clearTimeout(connectTimer);
      if (readBannerMs <= 0) return finish('open', null);
      bannerTimer = setTimeout(() => finish('open', null), readBannerMs);
    });
    s.on('data', (chunk: Buffer) => {
      received.push(chunk.subarray(0, BANNER_MAX_BYTES - receivedBytes));
      receivedBytes = Math.min(BANNER_MAX_BYTES, receivedBytes + chunk.length);
      finish('open', null);
    });
    // The server hung up before saying anything: still open, the banner stays null.
    s.once('end', () => finish('open', null));
    s.on('error', (e: NodeJS.ErrnoException) => {
      const code = e.code ?? null;
      finish(connectMs !== null ? 'open' : tcpStateOf(code), code);
    });
  });
}
