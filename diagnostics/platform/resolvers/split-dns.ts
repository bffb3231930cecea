import type { SystemResolver } from './types.js';

// Split DNS: names under a company's domains go to the company's resolvers, everything else to the
// adapter's. Windows keeps these rules in the NRPT (Get-DnsClientNrptPolicy), macOS as supplemental
// resolvers (scutil --dns). Homeline asks resolvers itself, bypassing the OS's choice, so to check
// an internal name the way the computer resolves it, it must pick the same resolvers.

/** One split-DNS rule as the report keeps it: a resolver and the domains it answers. */
export interface SplitDnsRule {
  readonly address: string;
  readonly domains: readonly string[];
}

/**
 * Whether `domain` covers `name`. NRPT writes suffix rules with a leading dot (".corp.example")
 * and exact names without; macOS domains have no dot and cover their subdomains. So a leading dot
 * means "below this", and a bare domain means itself and below.
 */
export function domainCovers(domain: string, name: string): boolean {
  const n = name.toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase().replace(/\.$/, '');
  if (d === '' || d === '.') return false;
  if (d.startsWith('.')) return n.endsWith(d);
  return n === d || n.endsWith(`.${d}`);
}

/** The split-DNS rules among a system's resolvers (supplemental ones that name their domains). */
export function splitDnsRules(servers: readonly SystemResolver[]): SplitDnsRule[] {
  return servers.filter((s) => s.scope === 'supplemental' && (s.domains?.length ?? 0) > 0).map((s) => ({ address: s.address, domains: [...s.domains!] }));
}

/**
 * The resolvers the computer asks for `name`: those of the rules covering it with the longest
 * domain (as the NRPT and macOS both pick the most specific rule), else the general ones.
 */
export function resolversForName(name: string, general: readonly string[], rules: readonly SplitDnsRule[]): string[] {
  let best = 0;
  let chosen: string[] = [];
  for (const r of rules) {
    const longest = Math.max(0, ...r.domains.filter((d) => domainCovers(d, name)).map((d) => d.replace(/^\./, '').length));
    if (longest === 0) continue;
    if (longest > best) {
      best = longest;
      chosen = [r.address];
    } else if (longest === best && !chosen.includes(r.address)) chosen.push(r.address);
  }
  return chosen.length > 0 ? chosen : [...general];
}
