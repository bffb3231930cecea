import { RESOLV_CONF_PATH, RESOLVED_UPSTREAM_PATH } from './command.js';
import { onlyResolvedStub, parseResolvConf } from './parse-resolv-conf.js';
import type { ResolverDeps } from './resolver-deps.js';
import type { SystemResolver, SystemResolvers } from './types.js';

/** The file's text, null when it does not exist, or why it exists but could not be read. */
async function readOrWhy(deps: Pick<ResolverDeps, 'readFile'>, path: string): Promise<string | null | { readonly why: string }> {
  try {
    return await deps.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    return { why: `${path} could not be read (${code ?? (e instanceof Error ? e.message : String(e))})` };
  }
}

/**
 * Linux: the servers of /etc/resolv.conf. When that names only systemd-resolved's stub, the
 * upstreams behind it are read too and both are reported: programs ask the stub, but whether the
 * router or the provider answers is told by the upstreams. resolved may route some domains to
 * some links only (VPN), which its resolv.conf does not show, hence their scope 'unknown'.
 * Any text is a resolv.conf: the C library skips lines it does not know exactly as the parser
 * does, so a file without nameserver lines is "none" for every program too. A file that exists
 * but cannot be read is no answer (unread).
 */
export async function readLinuxResolvers(deps: Pick<ResolverDeps, 'readFile'>): Promise<SystemResolvers> {
  const text = await readOrWhy(deps, RESOLV_CONF_PATH);
  if (text === null) return { servers: [], notes: [`${RESOLV_CONF_PATH} is missing`] };
  if (typeof text !== 'string') return { servers: [], notes: [text.why], unread: [text.why] };
  const conf = parseResolvConf(text);
  const servers: SystemResolver[] = conf.nameservers.map((address) => ({ address, scope: 'default' }));
  const notes: string[] = [];
  let search = conf.search;
  if (conf.nameservers.length === 0) notes.push(`${RESOLV_CONF_PATH} names no nameserver (the C library then asks 127.0.0.1)`);
  if (onlyResolvedStub(conf)) {
    const upstreamText = await readOrWhy(deps, RESOLVED_UPSTREAM_PATH);
    if (upstreamText === null) {
      notes.push(`systemd-resolved stub; ${RESOLVED_UPSTREAM_PATH} is missing, upstream resolvers unknown`);
    } else if (typeof upstreamText !== 'string') {
      notes.push(`systemd-resolved stub; upstream resolvers unknown: ${upstreamText.why}`);
    } else {
      const upstream = parseResolvConf(upstreamText);
      servers.push(...upstream.nameservers.map((address): SystemResolver => ({ address, scope: 'unknown' })));
      if (search.length === 0) search = upstream.search;
      notes.push(`systemd-resolved stub; upstream resolvers: ${upstream.nameservers.join(', ') || 'none listed'}`);
    }
  }
  return { servers, notes, ...(search.length === 0 ? {} : { searchDomains: search }) };
}
