import { RESOLV_CONF_PATH, RESOLVED_UPSTREAM_PATH } from './command.js';
import { onlyResolvedStub, parseResolvConf } from './parse-resolv-conf.js';
import type { ResolverDeps } from './resolver-deps.js';
import type { SystemResolver, SystemResolvers } from './types.js';

/**
 * Linux: the servers of /etc/resolv.conf. When that names only systemd-resolved's stub, the
 * upstreams behind it are read too and both are reported: programs ask the stub, but whether the
 * router or the provider answers is told by the upstreams. resolved may route some domains to
 * some links only (VPN), which its resolv.conf does not show, hence their scope 'unknown'.
 */
export async function readLinuxResolvers(deps: Pick<ResolverDeps, 'readFile'>): Promise<SystemResolvers> {
  const text = await deps.readFile(RESOLV_CONF_PATH);
  if (text === null) return { servers: [], notes: [`${RESOLV_CONF_PATH} is missing`] };
  const conf = parseResolvConf(text);
  const servers: SystemResolver[] = conf.nameservers.map((address) => ({ address, scope: 'default' }));
  const notes: string[] = [];
  let search = conf.search;
  if (conf.nameservers.length === 0) notes.push(`${RESOLV_CONF_PATH} names no nameserver (the C library then asks 127.0.0.1)`);
  if (onlyResolvedStub(conf)) {
    const upstreamText = await deps.readFile(RESOLVED_UPSTREAM_PATH);
    if (upstreamText === null) {
      notes.push(`systemd-resolved stub; ${RESOLVED_UPSTREAM_PATH} is missing, upstream resolvers unknown`);
    } else {
      const upstream = parseResolvConf(upstreamText);
      servers.push(...upstream.nameservers.map((address): SystemResolver => ({ address, scope: 'unknown' })));
      if (search.length === 0) search = upstream.search;
      notes.push(`systemd-resolved stub; upstream resolvers: ${upstream.nameservers.join(', ') || 'none listed'}`);
    }
  }
  return { servers, notes, ...(search.length === 0 ? {} : { searchDomains: search }) };
}
