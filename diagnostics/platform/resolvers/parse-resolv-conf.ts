import { isIP } from 'node:net';

/** The nameserver and search lines of a resolv.conf. Never throws. */
export function parseResolvConf(text: string): { nameservers: string[]; search: string[] } {
  const nameservers: string[] = [];
  const search: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const [key, ...rest] = line.split(/\s+/);
    if (key === 'nameserver' && rest[0]) {
      const address = rest[0].replace(/%.*$/, '');
      if (isIP(address)) nameservers.push(address);
    } else if ((key === 'search' || key === 'domain') && rest.length > 0) {
      search.push(...rest);
    }
  }
  return { nameservers, search };
}

/** systemd-resolved's local stub: the real upstreams are in /run/systemd/resolve/resolv.conf. */
export const RESOLVED_STUB = '127.0.0.53';
