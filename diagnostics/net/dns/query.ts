import { Resolver } from 'node:dns/promises';

/** Why a lookup did not give an address, told apart the way a technician would. */
export type DnsFailureKind = 'nxdomain' | 'nodata' | 'servfail' | 'refused' | 'timeout' | 'unreachable' | 'error';

/** One name asked of one server. */
export type DnsOutcome = { readonly server: string; readonly name: string; readonly ms: number } & (
  | { readonly kind: 'ok'; readonly addresses: readonly string[] }
  | { readonly kind: DnsFailureKind; readonly detail: string }
);

export interface QueryOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly port?: number;
}

/** c-ares error codes → what they mean for a user's line. */
const KIND_BY_CODE: Readonly<Record<string, DnsFailureKind>> = {
  ENOTFOUND: 'nxdomain',
  ENODATA: 'nodata',
  ESERVFAIL: 'servfail',
  EREFUSED: 'refused',
  ETIMEOUT: 'timeout',
  ECANCELLED: 'timeout',
  ECONNREFUSED: 'unreachable',
};

/** Formats a server with its port the way c-ares wants it (IPv6 in brackets). */
function serverSpec(server: string, port?: number): string {
  if (port === undefined) return server;
  return server.includes(':') ? `[${server}]:${port}` : `${server}:${port}`;
}

/**
 * Asks exactly one server for a name's addresses (A, then AAAA when there is no A), one try, no
 * fallback to other servers: the answer says something about that server alone.
 */
export async function queryName(server: string, name: string, opts: QueryOptions): Promise<DnsOutcome> {
  const started = performance.now();
  const ms = (): number => Math.round((performance.now() - started) * 10) / 10;
  const resolver = new Resolver({ timeout: opts.timeoutMs, tries: 1 });
  const onAbort = (): void => resolver.cancel();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    resolver.setServers([serverSpec(server, opts.port)]);
    let addresses: string[];
    try {
      addresses = await resolver.resolve4(name);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENODATA') throw e;
      addresses = await resolver.resolve6(name);
    }
    return { server, name, ms: ms(), kind: 'ok', addresses };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    return { server, name, ms: ms(), kind: KIND_BY_CODE[code] ?? 'error', detail: code };
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** Every server × name at once, so that all timeouts run out together rather than one after another. */
export function queryAll(servers: readonly string[], names: readonly string[], opts: QueryOptions): Promise<DnsOutcome[]> {
  return Promise.all(servers.flatMap((s) => names.map((n) => queryName(s, n, opts))));
}
