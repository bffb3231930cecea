import { isIP } from 'node:net';

/** Where a check URL points: what to connect to, what to ask for, and whether TLS is involved. */
export interface UrlTarget {
  readonly tls: boolean;
  /** Host name or address as connected to (IPv6 without brackets). */
  readonly host: string;
  readonly port: number;
  /** Path plus query, as sent in the request line. */
  readonly path: string;
  /** Value of the Host header (keeps a non-default port, brackets for IPv6). */
  readonly hostHeader: string;
  /** SNI name; absent for address literals, which RFC 6066 forbids in SNI. */
  readonly servername?: string;
}

/** Reads an http:// or https:// URL into a connection target; null for anything else or garbage. */
export function parseUrlTarget(url: string): UrlTarget | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const tls = u.protocol === 'https:';
  const host = u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname;
  if (host === '') return null;
  const port = u.port === '' ? (tls ? 443 : 80) : Number(u.port);
  return {
    tls,
    host,
    port,
    path: `${u.pathname}${u.search}`,
    hostHeader: u.host,
    ...(tls && isIP(host) === 0 ? { servername: host } : {}),
  };
}
