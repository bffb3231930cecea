import { SCUTIL_DNS } from './command.js';
import { scutilListing, scutilSearchDomains } from './parse-scutil-dns.js';
import { commandFailure } from '../command-failure.js';
import { whyUnread, type ResolverDeps } from './resolver-deps.js';
import type { SystemResolvers } from './types.js';

/**
 * macOS: default, supplemental (per-domain, VPN) and scoped resolvers from `scutil --dns`. Servers
 * it lists count whatever its exit code; "none" only when it ran cleanly and printed its own shape
 * without any; otherwise the list is unread, naming scutil.
 */
export async function readDarwinResolvers(deps: Pick<ResolverDeps, 'run'>): Promise<SystemResolvers> {
  const out = await deps.run(SCUTIL_DNS);
  const failure = commandFailure(out, { clause: true });
  const listing = scutilListing(out.stdout);
  if (listing.kind === 'listed') {
    const search = scutilSearchDomains(out.stdout);
    return { servers: listing.servers, notes: failure === null ? [] : [failure], ...(search.length === 0 ? {} : { searchDomains: search }) };
  }
  if (failure === null && listing.kind === 'none') return { servers: [], notes: ['scutil --dns lists no nameserver'] };
  const why = whyUnread(out);
  return { servers: [], notes: [why], unread: [why] };
}
