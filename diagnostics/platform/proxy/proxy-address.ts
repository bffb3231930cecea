import type { ProxyScheme, ProxyServer } from './types.js';

/** A proxy address as written in a setting, without credentials. */
export interface ProxyAddress {
  /** The URL scheme written before "://", lower-cased; null when there was none. */
  readonly urlScheme: string | null;
  readonly host: string;
  readonly port: number | null;
  /** True when the text carried user:password@ (never kept: it ends up in reports). */
  readonly hadCredentials: boolean;
}

const MAX_LEN = 500;
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,252}))$/;

/**
 * Reads "host", "host:port", "[2001:db8::1]:8080" or "scheme://user:pw@host:port/path". Returns
 * null for anything that is not an address (a sentence, "(none)", an empty value). Never throws.
 */
export function parseProxyAddress(text: string): ProxyAddress | null {
  let rest = text.trim();
  if (rest === '' || rest.length > MAX_LEN) return null;
  let urlScheme: string | null = null;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(rest);
  if (scheme) {
    urlScheme = scheme[1]!.toLowerCase();
    rest = rest.slice(scheme[0].length);
  }
  rest = rest.split(/[/?#]/, 1)[0] ?? '';
  const at = rest.lastIndexOf('@');
  const hadCredentials = at >= 0;
  if (hadCredentials) rest = rest.slice(at + 1);
  let host = rest;
  let portText: string | null = null;
  const bracket = /^(\[[^\]]*\])(?::(.*))?$/.exec(rest);
  if (bracket) {
    host = bracket[1]!;
    portText = bracket[2] ?? null;
  } else {
    const colon = rest.lastIndexOf(':');
    // A bare IPv6 literal has several colons and no port we could tell apart.
    if (colon >= 0 && rest.indexOf(':') === colon) {
      host = rest.slice(0, colon);
      portText = rest.slice(colon + 1);
    }
  }
  if (!HOST.test(host)) return null;
  let port: number | null = null;
  if (portText !== null && portText !== '') {
    if (!/^\d{1,5}$/.test(portText)) return null;
    port = Number(portText);
    if (port < 1 || port > 65535) return null;
  }
  return { urlScheme, host: host.toLowerCase(), port, hadCredentials };
}

/** The scheme a proxy serves, from the setting's key (http=, https=, socks=) or its URL scheme. */
export function schemeOf(key: string | null, urlScheme: string | null): ProxyScheme | null {
  if (urlScheme !== null && urlScheme.startsWith('socks')) return 'socks';
  switch (key?.toLowerCase() ?? null) {
    case null:
    case '':
      return 'any';
    case 'http':
      return 'http';
    case 'https':
    case 'secure':
      return 'https';
    case 'socks':
      return 'socks';
    default:
      // ftp= and gopher= entries serve nothing a home worker's checks use.
      return null;
  }
}

/** What a Windows proxy list held: the servers, and whether any entry carried credentials. */
export interface ProxyList {
  readonly servers: ProxyServer[];
  readonly hadCredentials: boolean;
}

/**
 * Reads a Windows-style proxy list: "h:p", "http=h:p;https=h:p;socks=h:p" (also space-separated,
 * as WinHTTP accepts). Entries that are not addresses are skipped. Never throws.
 */
export function parseProxyList(value: string): ProxyList {
  const servers: ProxyServer[] = [];
  let hadCredentials = false;
  if (value.length > 4 * MAX_LEN) return { servers, hadCredentials };
  for (const entry of value.split(/[;\s]+/)) {
    if (entry === '') continue;
    const eq = /^([A-Za-z]+)=(.*)$/.exec(entry);
    const addr = parseProxyAddress(eq ? eq[2]! : entry);
    if (addr === null) continue;
    const scheme = schemeOf(eq ? eq[1]! : null, addr.urlScheme);
    if (scheme === null) continue;
    hadCredentials ||= addr.hadCredentials;
    servers.push({ scheme, host: addr.host, port: addr.port });
  }
  return { servers: dedupeServers(servers), hadCredentials };
}

/** The servers without repeats, in first-seen order. */
export function dedupeServers(servers: readonly ProxyServer[]): ProxyServer[] {
  const seen = new Set<string>();
  return servers.filter((s) => {
    const k = `${s.scheme} ${s.host} ${String(s.port)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A bypass list split on ";" or "," (Windows and no_proxy style), blanks dropped. */
export function splitBypass(value: string): string[] {
  if (value.length > 20 * MAX_LEN) return [];
  return value
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
