import { ipFamily } from '../route-lookup/ip-literal.js';

/** What a resolv.conf names: its servers in order, and its search list. */
export interface ResolvConf {
  readonly nameservers: readonly string[];
  readonly search: readonly string[];
}

/** systemd-resolved's local stub addresses (127.0.0.54 is its proxy-only variant). */
export const RESOLVED_STUBS: ReadonlySet<string> = new Set(['127.0.0.53', '127.0.0.54']);

/**
 * The nameserver and search lines of a resolv.conf (resolv.conf(5)): comments start with # or ;,
 * the last `search` or `domain` line wins, a link-local server's %zone is dropped (it names the
 * interface, not the server). Never throws.
 */
export function parseResolvConf(text: string): ResolvConf {
  const nameservers: string[] = [];
  let search: string[] = [];
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.replace(/[#;].*$/, '').trim();
    const [key, ...rest] = line.split(/\s+/);
    if (key === 'nameserver' && rest[0] !== undefined) {
      const address = rest[0].replace(/%.*$/, '');
      if (ipFamily(address) !== 0) nameservers.push(address);
    } else if ((key === 'search' || key === 'domain') && rest.length > 0) {
      search = rest;
    }
  }
  return { nameservers, search };
}

/** True when a resolv.conf names only systemd-resolved's stub, so the real servers are elsewhere. */
export function onlyResolvedStub(conf: ResolvConf): boolean {
  return conf.nameservers.length > 0 && conf.nameservers.every((a) => RESOLVED_STUBS.has(a));
}
