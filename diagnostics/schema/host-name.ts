import { isIP } from 'node:net';

/**
 * What counts as a host at the door of a profile or policy: an RFC 1123 host name, an IPv4
 * literal, or an IPv6 literal with or without brackets (`[::1]`, `fe80::1%eth0`). Anything else
 * (spaces, shell characters, a leading "-" that a command would read as an option such as
 * `-oProxyCommand=x`) is refused before it reaches a probe, a command line or a report.
 */
export function isHostAddress(raw: string): boolean {
  const host = bareHost(raw);
  if (host.startsWith('-')) return false;
  if (isIP(host) === 4) return true;
  if (isIP(host) === 6) return /^[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]{1,32})?$/.test(host);
  return isHostName(host);
}

/** An IPv6 literal's brackets removed (`[::1]` → `::1`); everything else unchanged. */
export function bareHost(raw: string): string {
  const m = /^\[([^\]]*)\]$/.exec(raw);
  return m && isIP(m[1]!) === 6 ? m[1]! : raw;
}

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * RFC 1123 §2.1: dot-separated labels of letters, digits and hyphens, 1–63 characters each, no
 * hyphen at either end, 253 characters in all; one trailing dot (a fully qualified name) is
 * allowed. International names are written in their xn-- form. A name of digits and dots only that
 * is not a valid IPv4 address (`1.2.3.999`) is refused: a resolver would not treat it as a name.
 */
function isHostName(name: string): boolean {
  const bare = name.endsWith('.') ? name.slice(0, -1) : name;
  if (bare.length === 0 || bare.length > 253) return false;
  if (/^[0-9.]+$/.test(bare)) return false;
  return bare.split('.').every((label) => LABEL.test(label));
}

/** The host of an http(s) URL as the URL parser read it, brackets kept for IPv6. */
export function urlHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
