import { join } from 'node:path';
import { LAB_ADDR } from './addresses.js';
import { writeClientResolvConf } from './client-config.js';
import { inNs, nftLoad } from './lab-exec.js';
import type { Lab, ServiceSpec } from './lab-types.js';
import { serviceRunning, startSpec, stopSpec, stubDnsmasqArgs } from './services.js';
import { healthyResolvConf } from './vpn-tunnel.js';

// Networks that are healthy but unusual (issue #14): filters a provider, a router or a hotel
// network puts on ICMP or DNS, a target that is gone, a DNS stub on the computer. All are nftables
// rules or a daemon of their own (no netem), each with its own undo, in the style of faults.ts.

/**
 * Where an ICMP echo filter sits: the router's own input (it ignores ping to itself), the
 * provider's forwarding (nothing beyond answers ping), or the provider's first router's own input.
 */
export type EchoFilterPlace = 'router' | 'isp' | 'isp-hop';

/** A router whose ICMP time-exceeded messages are dropped: the home router or the provider's. */
export type HopPlace = 'router' | 'isp';

/** A healthy-but-unusual condition (or, combined with a stopped service, a fault behind it) as data. */
export type FilterFaultSpec =
  /** Echo request/reply dropped: at the router only for echoes to itself; at the provider for everything it forwards. */
  | { readonly kind: 'echo-filtered'; readonly where: EchoFilterPlace }
  /** The provider drops `pct` % of the ICMP echo requests it forwards (ping deprioritised or rate-limited); TCP is untouched. */
  | { readonly kind: 'echo-lossy'; readonly pct: number }
  /** The provider's routers send no ICMP time-exceeded (traceroute shows stars). */
  | { readonly kind: 'silent-hops'; readonly where: HopPlace }
  /** Everything to and from one internet address is dropped by the provider (the host is gone); `reject`: ICMP host unreachable instead. */
  | { readonly kind: 'host-dropped'; readonly address: string; readonly reject?: boolean }
  /** DNS (UDP and TCP 53) to one resolver is dropped by the provider (public resolvers blocked); `reject`: ICMP port unreachable instead. */
  | { readonly kind: 'dns-blocked'; readonly resolver: string; readonly reject?: boolean }
  /** A dnsmasq stub on 127.0.1.1 (or `listen`) in the client forwarding to the router (or to `upstream`); resolv.conf names only the stub. */
  | { readonly kind: 'stub-resolver'; readonly upstream?: string; readonly listen?: string };

/** Every filter fault kind, so faults.ts can tell them from its own. */
export const FILTER_FAULT_KINDS: ReadonlySet<string> = new Set(['echo-filtered', 'echo-lossy', 'silent-hops', 'host-dropped', 'dns-blocked', 'stub-resolver']);

/** Whether a fault is one of this file's. */
export function isFilterFault(spec: { readonly kind: string }): spec is FilterFaultSpec {
  return FILTER_FAULT_KINDS.has(spec.kind);
}

/** The stub's address: where NetworkManager's dnsmasq listens on Debian and Ubuntu. */
export const STUB_ADDRESS = '127.0.1.1';

type Undo = () => Promise<void>;

/** Loads one `ip` table with one chain on `hook` holding `rules`; the undo deletes the table. */
async function ipTable(ns: string, table: string, hook: 'input' | 'output' | 'forward', rules: readonly string[]): Promise<Undo> {
  await nftLoad(ns, [
    `table ip ${table} {`,
    `  chain ${hook} {`,
    `    type filter hook ${hook} priority filter; policy accept;`,
    ...rules.map((r) => `    ${r}`),
    '  }',
    '}',
    '',
  ].join('\n'));
  return async () => {
    await inNs(ns, 'nft', ['delete', 'table', 'ip', table], { allowFail: true });
  };
}

function stubSpec(lab: Lab, upstream: string = LAB_ADDR.routerLan, listen: string = STUB_ADDRESS): ServiceSpec {
  const pidFile = join(lab.stateDir, 'stub-dns.pid');
  return {
    ns: lab.ns.client,
    argv: ['dnsmasq', ...stubDnsmasqArgs(listen, upstream, pidFile, join(lab.stateDir, 'stub-dns.log'))],
    pidFile,
    runsWhenHealthy: false,
  };
}

/** Whether a stub of an earlier scenario still runs in the client (the health check reports it). */
export async function stubRunning(lab: Lab): Promise<boolean> {
  return serviceRunning(stubSpec(lab));
}

/** Stops a stub left running (the lab's forced reset). */
export async function stopStub(lab: Lab): Promise<void> {
  await stopSpec(stubSpec(lab));
}

async function stubResolver(lab: Lab, upstream?: string, listen = STUB_ADDRESS): Promise<Undo> {
  const spec = stubSpec(lab, upstream, listen);
  await startSpec(spec, 'stub-dns');
  await writeClientResolvConf(lab, `nameserver ${listen}\n`);
  return async () => {
    await writeClientResolvConf(lab, healthyResolvConf(lab));
    await stopSpec(spec);
  };
}

/** Applies one filter fault and returns its undo. */
export async function applyFilterFault(lab: Lab, spec: FilterFaultSpec): Promise<Undo> {
  const echo = 'icmp type { echo-request, echo-reply }';
  switch (spec.kind) {
    case 'echo-filtered':
      if (spec.where === 'router') return ipTable(lab.ns.router, 'hl_echo_router', 'input', [`${echo} drop`]);
      if (spec.where === 'isp-hop') return ipTable(lab.ns.isp, 'hl_echo_isp_hop', 'input', [`${echo} drop`]);
      return ipTable(lab.ns.isp, 'hl_echo_isp', 'forward', [`${echo} drop`]);
    case 'echo-lossy':
      if (!Number.isInteger(spec.pct) || spec.pct < 0 || spec.pct > 100) throw new Error(`echo loss must be an integer percentage, got ${spec.pct}`);
      return ipTable(lab.ns.isp, 'hl_echo_lossy', 'forward', [`icmp type echo-request numgen random mod 100 < ${spec.pct} drop`]);
    case 'silent-hops':
      return ipTable(lab.ns[spec.where], `hl_silent_hops_${spec.where}`, 'output', ['icmp type time-exceeded drop']);
    case 'host-dropped':
      return ipTable(lab.ns.isp, 'hl_host_dropped', 'forward', [
        `ip daddr ${spec.address} ${spec.reject === true ? 'reject with icmp type host-unreachable' : 'drop'}`,
        `ip saddr ${spec.address} drop`,
      ]);
    case 'dns-blocked':
      return ipTable(lab.ns.isp, 'hl_dns_blocked', 'forward', [
        `ip daddr ${spec.resolver} meta l4proto { tcp, udp } th dport 53 ${spec.reject === true ? 'reject with icmp type port-unreachable' : 'drop'}`,
      ]);
    case 'stub-resolver':
      return stubResolver(lab, spec.upstream, spec.listen);
  }
}

const ECHO_FILTER_TEXT: Readonly<Record<EchoFilterPlace, string>> = {
  router: 'router ignores ping to itself',
  isp: 'provider drops ICMP echo it forwards',
  'isp-hop': "provider's first router ignores ping to itself",
};

/** A short human description, for logs and the benchmark table. */
export function describeFilterFault(spec: FilterFaultSpec): string {
  switch (spec.kind) {
    case 'echo-filtered':
      return ECHO_FILTER_TEXT[spec.where];
    case 'echo-lossy':
      return `provider drops ${spec.pct}% of ICMP echo requests it forwards`;
    case 'silent-hops':
      return `${spec.where === 'isp' ? "provider's routers send" : 'home router sends'} no time-exceeded`;
    case 'host-dropped':
      return `provider ${spec.reject === true ? 'rejects' : 'drops'} all traffic to ${spec.address}`;
    case 'dns-blocked':
      return `provider ${spec.reject === true ? 'rejects' : 'drops'} DNS to ${spec.resolver}`;
    case 'stub-resolver':
      return `client resolv.conf -> dnsmasq stub ${spec.listen ?? STUB_ADDRESS} -> ${spec.upstream ?? 'router'}`;
  }
}
