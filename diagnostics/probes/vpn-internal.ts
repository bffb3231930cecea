import { isIP } from 'node:net';
import { MAX_PARALLEL_CONNECTS, mapPool } from '../engine/pool.js';
import type { Probe } from '../engine/probe.js';
import { queryAll, type DnsOutcome } from '../net/dns/query.js';
import { probeTcp, type TcpProbe } from '../net/tcp/connect.js';
import { resolversForName } from '../platform/resolvers/split-dns.js';
import { readRoute } from '../platform/route-lookup/route-for.js';
import type { VpnFacts } from '../platform/vpn/read-vpn-facts.js';
import { adaptersProbe } from './adapters.js';
import { TUNNEL_NAME } from './company-targets.js';
import { DNS_TIMEOUT_MS, dnsSystemProbe } from './dns-system.js';
import { skipUnlessPath } from './skip-unless-path.js';
import { vpnClientProbe } from './vpn-client.js';
import { isHomeVpn } from '../platform/vpn/products.js';

export interface InternalHostCheck {
  readonly host: string;
  readonly port: number;
  readonly tcp: TcpProbe;
  /** The interface the route to the host takes, and whether that is a tunnel. */
  readonly routeInterface: string | null;
  readonly viaTunnel: boolean | null;
}

export interface VpnInternalData {
  readonly tunnelUp: boolean;
  readonly hosts: readonly InternalHostCheck[];
  readonly dns: readonly DnsOutcome[];
  /** Why the route to some hosts could not be read (naming the tool); absent when every route was read. */
  readonly notes?: readonly string[];
}

/** A tunnel interface by the VPN facts or, failing those, by its name. */
export function isTunnelInterface(name: string | null, facts: Partial<VpnFacts> | undefined): boolean {
  if (name === null) return false;
  // A private tunnel (Tailscale, NordLynx…) is not the company's: a route into it is not "via the VPN".
  const known = (facts?.tunnels ?? []).find((t) => t.interface === name);
  if (known !== undefined) return !isHomeVpn(known.product);
  return TUNNEL_NAME.test(name);
}

/**
 * Inside the company: do the internal names resolve, do internal hosts answer, and does the route
 * to them go into the tunnel (a split tunnel that leaves them out is a VPN fault)?
 */
export const vpnInternalProbe: Probe<VpnInternalData> = {
  id: 'vpn-internal',
  dependsOn: [adaptersProbe, vpnClientProbe, dnsSystemProbe],
  timeoutMs: 7000,
  async run(ctx) {
    const facts = ctx.results.of(vpnClientProbe)?.data;
    const tunnelUp = (facts?.tunnels ?? []).some((t) => t.connected && !isHomeVpn(t.product)) || (facts?.builtIn ?? []).some((b) => b.connected && !isHomeVpn(b.product ?? 'unknown-tunnel'));
    const empty: VpnInternalData = { tunnelUp, hosts: [], dns: [] };
    const skip = skipUnlessPath(ctx, empty);
    if (skip) return skip;
    const { internalHosts, internalDnsNames } = ctx.targets.vpn;
    if (internalHosts.length + internalDnsNames.length === 0) return { status: 'skipped', data: empty, error: 'the profile names nothing inside the company' };
    const system = ctx.results.of(dnsSystemProbe)?.data;
    const resolvers = (system?.resolvers ?? []).map((r) => r.address);
    // Each internal name goes to the resolvers the computer would ask for it: a split-DNS rule's
    // (the NRPT a company VPN installs) when one covers it, else the adapters' own.
    const byName = internalDnsNames.map((name) => ({ name, servers: resolversForName(name, resolvers, system?.splitDns ?? []) }));
    const routeUnread = new Set<string>();
    const [hosts, dns] = await Promise.all([
      mapPool(internalHosts, MAX_PARALLEL_CONNECTS, async ({ host, port }): Promise<InternalHostCheck> => {
        const [tcp, route] = await Promise.all([
          probeTcp(host, port, { timeoutMs: 3000, signal: ctx.signal }),
          isIP(host) ? readRoute(host, { os: ctx.os, run: ctx.run, signal: ctx.signal }) : Promise.resolve(null),
        ]);
        if (typeof route?.unread === 'string') routeUnread.add(route.unread);
        const routeInterface = route?.route.interface ?? null;
        // No route answer (command failed) says nothing about the tunnel: null, not false.
        return { host, port, tcp, routeInterface, viaTunnel: routeInterface === null ? null : isTunnelInterface(routeInterface, facts) };
      }),
      Promise.all(byName.map(({ name, servers }) => queryAll(servers, [name], { timeoutMs: DNS_TIMEOUT_MS, signal: ctx.signal }))).then((o) => o.flat()),
    ]);
    const ok = hosts.every((h) => h.tcp.state === 'open') && internalDnsNames.every((n) => dns.some((o) => o.name === n && o.kind === 'ok'));
    // Whether a host's route leads into the tunnel (split tunnel) rests on the route lookup: one the
    // tool could not give (missing, hung, crashed, garbage with exit 0) is "could not check", naming
    // the tool, with what was measured kept — as dns-system does (#16), never a silent "unknown".
    const notes = [...routeUnread].map((r) => `route to the company hosts not read: ${r}`);
    if (notes.length > 0) return { status: 'error', data: { tunnelUp, hosts, dns, notes }, error: notes.join('; ') };
    return { status: ok ? 'ok' : 'fail', data: { tunnelUp, hosts, dns } };
  },
};
