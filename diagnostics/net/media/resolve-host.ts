import { isIP, type LookupFunction } from 'node:net';

/** One IPv4 address for `host` through `lookup` (a literal is its own answer); null with the error code. */
export function resolveIpv4(host: string, lookup: LookupFunction): Promise<{ address: string | null; code: string | null }> {
  if (isIP(host) === 4) return Promise.resolve({ address: host, code: null });
  if (isIP(host) === 6) return Promise.resolve({ address: null, code: 'IPV6_NOT_CHECKED' });
  return new Promise((resolve) => {
    lookup(host, { family: 4 }, (err, address) => {
      if (err !== null || typeof address !== 'string' || address === '') resolve({ address: null, code: err?.code ?? 'ENOTFOUND' });
      else resolve({ address, code: null });
    });
  });
}
