import { SCUTIL_DNS } from './command.js';
import { parseScutilDns, scutilSearchDomains } from './parse-scutil-dns.js';
import { commandFailure, type ResolverDeps } from './resolver-deps.js';
import type { SystemResolvers } from './types.js';

/** macOS: default, supplemental (per-domain, VPN) and scoped resolvers from `scutil --dns`. */
export async function readDarwinResolvers(deps: Pick<ResolverDeps, 'run'>): Promise<SystemResolvers> {
  const out = await deps.run(SCUTIL_DNS);
  const failure = commandFailure(out, 'scutil --dns');
  const servers = parseScutilDns(out.stdout);
  const search = scutilSearchDomains(out.stdout);
  const notes = [...(failure === null ? [] : [failure]), ...(servers.length === 0 && failure === null ? ['scutil --dns lists no nameserver'] : [])];
  return { servers, notes, ...(search.length === 0 ? {} : { searchDomains: search }) };
}
