import { readFile } from 'node:fs/promises';
import type { Probe } from '../engine/probe.js';
import { queryAll, type DnsOutcome } from '../net/dns/query.js';
import { probeTcp, type TcpProbe } from '../net/tcp/connect.js';
import { readSystemResolvers } from '../platform/resolvers/read-system-resolvers.js';
import { splitDnsRules, type SplitDnsRule } from '../platform/resolvers/split-dns.js';
import { adaptersProbe } from './adapters.js';
import { skipUnlessPath } from './skip-unless-path.js';
import { isLoopback, resolverOwner, type ResolverOwner } from './resolver-owner.js';
import { readRoute } from '../platform/route-lookup/route-for.js';
import { TUNNEL_NAME } from './company-targets.js';

export interface SystemResolverInfo {
  readonly address: string;
  readonly interface?: string;
  readonly scope: string;
  /** `router` when the resolver is the home router itself (its DNS forwarder). */
  readonly role: 'router' | 'other';
  /** Who runs it: a failure is blamed on this owner (see resolver-owner.ts). */
  readonly owner?: ResolverOwner;
  /** For a stub on this computer: the resolvers it forwards to, where the system lists them. */
  readonly upstreams?: readonly string[];
}

export interface DnsSystemData {
  readonly resolvers: readonly SystemResolverInfo[];
  readonly outcomes: readonly DnsOutcome[];
  readonly notes: readonly string[];
  /**
   * For a router whose DNS timed out: is its DNS port open over TCP? An open port means the
   * forwarder runs and its upstream (the provider's resolver) is silent; a closed one means the
   * router's own DNS service is down.
   */
  readonly forwarderTcp?: Readonly<Record<string, TcpProbe['state']>>;
  /**
   * A stub on this computer that failed and whose upstreams the system does not list (a dnsmasq
   * or other forwarder on 127.x): the default gateway's resolver asked directly, the upstream a
   * home stub most often forwards to. Judged like a router resolver (dns rule).
   */
  readonly stubGateway?: { readonly stub: string; readonly address: string; readonly outcomes: readonly DnsOutcome[] };
  /**
   * Split-DNS rules (Windows NRPT, macOS supplemental resolvers): which resolver answers which
   * company domains. Not asked here (they answer only their own domains); vpn-internal asks them.
   */
  readonly splitDns?: readonly SplitDnsRule[];
}

export const DNS_TIMEOUT_MS = 2500;

/** A file's text, or null when it does not exist; any other failure rejects (the reader says why). */
async function readTextIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Resolves the profile's names through each resolver the system itself uses. */
export const dnsSystemProbe: Probe<DnsSystemData> = {
  id: 'dns-system',
  dependsOn: [adaptersProbe],
  timeoutMs: 8000,
  async run(ctx) {
    const empty: DnsSystemData = { resolvers: [], outcomes: [], notes: [] };
    const skip = skipUnlessPath(ctx, empty);
    if (skip) return skip;
    const found = await readSystemResolvers({ os: ctx.os, run: ctx.run, readFile: readTextIfExists });
    const gateway = ctx.results.of(adaptersProbe)?.data.defaultRoute?.gateway ?? null;
    // Supplemental (per-domain, VPN) resolvers answer only their own domains: they are the VPN issue's.
    const listed = found.servers
      .filter((s) => s.scope !== 'supplemental')
      .filter((s, i, all) => all.findIndex((o) => o.address === s.address) === i);
    // The route to each resolver tells a company resolver reached through the tunnel.
    const routes = await Promise.all(
      listed.map((s) => (isLoopback(s.address) ? Promise.resolve(null) : readRoute(s.address, { os: ctx.os, run: ctx.run, signal: ctx.signal }).catch(() => null))),
    );
    // Without the route, a resolver behind the tunnel cannot be told from one at home: say so.
    const routeUnread = [...new Set(routes.map((r) => r?.unread).filter((r): r is string => typeof r === 'string'))].map((r) => `route to the resolvers not read: ${r}`);
    const notes = [...found.notes, ...routeUnread];
    // Upstreams a local stub forwards to are listed after it with scope 'unknown' (systemd-resolved).
    const stubUpstreams = listed.filter((s) => s.scope === 'unknown' && !isLoopback(s.address)).map((s) => s.address);
    const resolvers: SystemResolverInfo[] = listed.map((s, i) => {
      const viaTunnel = [s.interface, routes[i]?.route.interface].some((n) => typeof n === 'string' && TUNNEL_NAME.test(n));
      const seen = resolverOwner({ address: s.address, gateway, publicResolvers: ctx.targets.internet.publicResolvers, viaTunnel });
      // A resolver read as the provider's may be the company's behind a tunnel when the route to
      // it could not be read: its owner is unknown then, so no failure of it is blamed on anyone.
      const owner = seen === 'provider' && typeof routes[i]?.unread === 'string' ? 'unknown' : seen;
      return {
        address: s.address,
        scope: s.scope,
        role: s.address === gateway ? 'router' : 'other',
        owner,
        ...(owner === 'local-stub' && stubUpstreams.length > 0 ? { upstreams: stubUpstreams } : {}),
        ...(s.interface === undefined ? {} : { interface: s.interface }),
      };
    });
    const split = splitDnsRules(found.servers);
    const splitDns = split.length > 0 ? { splitDns: split } : {};
    ctx.observe({ resolvers, notes, ...splitDns });
    const names = ctx.targets.internet.dnsNames;
    // No resolver because the list could not be read (a listing tool missing, not permitted, hung,
    // crashed, flooding, failing or printing what its parser cannot read; a resolv.conf that
    // cannot be read): could not check, naming it, never "DNS is broken" (#16). Only a list read
    // by its structure and holding no server says "none".
    const unread = resolvers.length === 0 ? (found.unread ?? []) : [];
    if (unread.length > 0) return { status: 'error', data: { ...empty, notes }, error: unread.join('; ') };
    if (resolvers.length === 0) return { status: 'fail', data: { ...empty, notes: [...notes, 'no system resolver found'] } };
    if (names.length === 0) return { status: 'skipped', data: { resolvers, outcomes: [], notes, ...splitDns }, error: 'the profile names no DNS name' };
    const outcomes = await queryAll(
      resolvers.map((r) => r.address),
      [...names],
      { timeoutMs: DNS_TIMEOUT_MS, signal: ctx.signal },
    );
    const stubGateway = await askGatewayForBlindStub(resolvers, outcomes, gateway, names, ctx.signal);
    const allOutcomes = [...outcomes, ...(stubGateway?.outcomes ?? [])];
    const routers = [...resolvers.filter((r) => r.role === 'router').map((r) => r.address), ...(stubGateway ? [stubGateway.address] : [])];
    const silentRouters = [...new Set(routers)]
      .filter((address) => allOutcomes.filter((o) => o.server === address).every((o) => o.kind === 'timeout'))
      .map((address) => ({ address }));
    const forwarderTcp = Object.fromEntries(
      await Promise.all(
        silentRouters.map(async (r) => [r.address, (await probeTcp(r.address, 53, { timeoutMs: 1500, signal: ctx.signal })).state] as const),
      ),
    );
    const data: DnsSystemData = {
      resolvers,
      outcomes,
      notes,
      ...splitDns,
      ...(silentRouters.length > 0 ? { forwarderTcp } : {}),
      ...(stubGateway ? { stubGateway } : {}),
    };
    // The answers were measured, but whose resolver failed rests on the route to it: a route that
    // could not be read makes the probe "could not check", naming the tool, with what it measured.
    if (routeUnread.length > 0) return { status: 'error', data, error: routeUnread.join('; ') };
    return { status: dnsStatus(outcomes), data };
  },
};

/** Whether every outcome of `server` failed (at least one was asked). */
function allFailed(outcomes: readonly DnsOutcome[], server: string): boolean {
  const own = outcomes.filter((o) => o.server === server);
  return own.length > 0 && own.every((o) => o.kind !== 'ok');
}

/**
 * When the only way this computer resolves is a loopback stub that failed and lists no upstream,
 * asks the default gateway's resolver the same names: a second witness that does not depend on
 * which stub program runs (dnsmasq, unbound, a VPN client's) or how it is configured.
 */
async function askGatewayForBlindStub(
  resolvers: readonly SystemResolverInfo[],
  outcomes: readonly DnsOutcome[],
  gateway: string | null,
  names: readonly string[],
  signal: AbortSignal | undefined,
): Promise<DnsSystemData['stubGateway'] | undefined> {
  if (gateway === null || isLoopback(gateway)) return undefined;
  const blind = resolvers.find((r) => r.owner === 'local-stub' && r.upstreams === undefined && allFailed(outcomes, r.address));
  // A working resolver besides the stub serves the machine; nothing to follow then.
  const others = resolvers.filter((r) => r !== blind);
  if (blind === undefined || others.some((r) => !allFailed(outcomes, r.address)) || others.some((r) => r.address === gateway)) return undefined;
  const asked = await queryAll([gateway], [...names], { timeoutMs: DNS_TIMEOUT_MS, signal });
  return { stub: blind.address, address: gateway, outcomes: asked };
}

/** ok when every answer was an address, fail when none was, warn in between. */
export function dnsStatus(outcomes: readonly DnsOutcome[]): 'ok' | 'warn' | 'fail' {
  const ok = outcomes.filter((o) => o.kind === 'ok').length;
  return ok === outcomes.length ? 'ok' : ok === 0 ? 'fail' : 'warn';
}
