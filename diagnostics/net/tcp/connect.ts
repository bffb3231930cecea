import net from 'node:net';

/** How a TCP connection attempt ended. */
export interface TcpProbe {
  readonly host: string;
  readonly port: number;
  readonly state: 'open' | 'refused' | 'timeout' | 'unreachable' | 'dns-failed' | 'error';
  readonly connectMs: number | null;
  readonly address: string | null;
  readonly code: string | null;
  /** The first bytes the server sent on its own, hex-escaped (at most 64 bytes). */
  readonly banner: string | null;
}

const STATE_BY_CODE: Readonly<Record<string, TcpProbe['state']>> = {
  ECONNREFUSED: 'refused',
  ETIMEDOUT: 'timeout',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  ENOTFOUND: 'dns-failed',
  EAI_AGAIN: 'dns-failed',
};

const hex = (b: Buffer): string => [...b.subarray(0, 64)].map((x) => (x >= 0x20 && x < 0x7f ? String.fromCharCode(x) : `\\x${x.toString(16).padStart(2, '0')}`)).join('');

/** Opens a TCP connection and closes it again; reads a greeting when asked to. Never throws. */
export function probeTcp(host: string, port: number, opts: { timeoutMs: number; signal?: AbortSignal; readBannerMs?: number }): Promise<TcpProbe> {
  return new Promise((resolve) => {
    const started = performance.now();
    let connectMs: number | null = null;
    let done = false;
    const socket = net.connect({ host, port });
    const finish = (state: TcpProbe['state'], code: string | null, banner: string | null = null): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
      const address = socket.remoteAddress ?? null;
      socket.destroy();
      resolve({ host, port, state, connectMs, address, code, banner });
    };
    const onAbort = (): void => finish('timeout', 'ABORTED');
    const timer = setTimeout(() => finish(connectMs === null ? 'timeout' : 'open', connectMs === null ? 'CONNECT_TIMEOUT' : null), opts.timeoutMs);
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => {
      connectMs = Math.round((performance.now() - started) * 10) / 10;
      if (!opts.readBannerMs) return finish('open', null);
      const t = setTimeout(() => finish('open', null), opts.readBannerMs);
      socket.once('data', (d: Buffer) => {
        clearTimeout(t);
        finish('open', null, hex(d));
      });
    });
    socket.once('error', (e: NodeJS.ErrnoException) => finish(connectMs !== null ? 'open' : (STATE_BY_CODE[e.code ?? ''] ?? 'error'), e.code ?? null));
  });
}
