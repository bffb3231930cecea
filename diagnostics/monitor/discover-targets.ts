import { isIP } from 'node:net';
import { pingCommand } from '../net/ping/command.js';
import { discoverHops } from '../net/ping/hops.js';
import { pingRunFailure } from '../net/ping/run-failure.js';
import { parsePingOutput } from '../net/ping/parse.js';
import { probeTcp } from '../net/tcp/connect.js';
import type { CommandRunner } from '../platform/command.js';
import type { OsKind } from '../platform/os-kind.js';
import { readDefaultRoute } from '../platform/routes/read-default-route.js';
import { readVpnFacts } from '../platform/vpn/read-vpn-facts.js';
import type { Targets } from '../profile/targets.js';
import type { MonitorTarget, TargetRole } from './types.js';

/** What target discovery needs. */
export interface DiscoverDeps {
  readonly os: OsKind;
  readonly run: CommandRunner;
  readonly signal?: AbortSignal;
}

/**
 * What discovery could not find, as codes the CLI and app translate. `ping-unusable`: ping itself
 * measured nothing (missing, not permitted, hung, crashed, garbage), so no target is watched by
 * echoes and the internet targets fall back to TCP; `pingFailure` says why.
 */
export type DiscoveryNote = 'no-gateway' | 'no-internet-target' | 'no-provider-hop' | 'ping-unusable';

/** The targets to watch, and what could not be found. */
export interface DiscoveredTargets {
  readonly targets: readonly MonitorTarget[];
  readonly notes: readonly DiscoveryNote[];
  /** Why ping could not be used, naming the tool (with the note `ping-unusable`). */
  readonly pingFailure?: string;
}

/** Whether a host answered echoes, and why ping measured nothing at all when it could not be used. */
interface EchoAnswer {
  readonly answered: boolean;
  readonly pingFailure: string | null;
}

/** The port tried when a host filters ICMP: HTTPS is what internet targets and company gateways serve. */
const FALLBACK_PORT = 443;

/** Whether a host answers echoes now (two echoes, one second to answer), or why ping measured nothing. */
async function answersEcho(host: string, deps: DiscoverDeps): Promise<EchoAnswer> {
  const out = await deps.run(pingCommand(deps.os, { target: host, count: 2, intervalMs: 200, replyTimeoutMs: 1000 }), deps.signal);
  const parsed = parsePingOutput(deps.os, out);
  return { answered: parsed.replies.length > 0, pingFailure: pingRunFailure(out, deps.os, parsed) };
}

/** ICMP where the host answers it; a TCP connect to 443 where echoes are filtered but the port is there. */
async function chooseMethod(id: string, role: TargetRole, host: string, deps: DiscoverDeps, pingFailures: (string | null)[]): Promise<MonitorTarget | null> {
  const echo = await answersEcho(host, deps);
  pingFailures.push(echo.pingFailure);
  if (echo.answered) return { id, role, host, method: 'icmp' };
  const tcp = await probeTcp(host, FALLBACK_PORT, { timeoutMs: 1500, ...(deps.signal ? { signal: deps.signal } : {}) });
  const viaTcp = tcp.state === 'open' || tcp.state === 'refused';
  if (viaTcp) return { id, role, host, method: 'tcp', port: FALLBACK_PORT };
  // Neither answers right now: keep ICMP, so the monitor reports the silence rather than hide it;
  // unless ping itself is broken, whose silence would be blamed on the network: not watched then.
  return echo.pingFailure === null ? { id, role, host, method: 'icmp' } : null;
}

/** True when a VPN tunnel (or an OS-managed VPN connection) is connected. */
export async function tunnelUp(deps: DiscoverDeps): Promise<boolean> {
  const facts = await readVpnFacts(deps);
  return facts.tunnels.some((t) => t.connected) || facts.builtIn.some((b) => b.connected);
}

/** The company hosts watched while the tunnel is up: the first gateway and the first internal host, by TCP. */
export function vpnTargets(t: Targets): MonitorTarget[] {
  const gw = t.vpn.gateways[0];
  const inner = t.vpn.internalHosts[0];
  return [
    ...(gw ? [{ id: 'vpn-gateway', role: 'vpn-gateway' as const, host: gw.host, method: 'tcp' as const, port: gw.port }] : []),
    ...(inner ? [{ id: 'vpn-internal', role: 'vpn-internal' as const, host: inner.host, method: 'tcp' as const, port: inner.port }] : []),
  ];
}

/**
 * Finds what to watch: the router (default gateway), the provider's first hop (TTL-limited echoes
 * toward the first internet target), two internet targets from the profile, and the company's
 * gateway and one internal host from the profile (used only while a tunnel is up). Never throws
 * for what the machine lacks: `notes` say it.
 */
export async function discoverTargets(t: Targets, deps: DiscoverDeps): Promise<DiscoveredTargets> {
  const notes: DiscoveryNote[] = [];
  const out: MonitorTarget[] = [];
  const pingFailures: (string | null)[] = [];
  // A route that could not be read is no gateway to watch: the note says so, as for none.
  const { route } = await readDefaultRoute(deps.os, deps.run, deps.signal);
  const gateway = route?.gateway ?? null;
  const watch = (target: MonitorTarget | null): void => {
    if (target !== null) out.push(target);
  };
  if (gateway !== null && isIP(gateway) !== 0) watch(await chooseMethod('router', 'router', gateway, deps, pingFailures));
  else notes.push('no-gateway');
  const internet = t.internet.pingTargets.slice(0, 2);
  if (internet.length === 0) notes.push('no-internet-target');
  const first = internet[0];
  if (first !== undefined) {
    const hops = await discoverHops(first, deps, 4);
    const hop = hops.find((h) => h.ttl >= 2 && h.address !== null && h.address !== gateway && !h.reachedTarget)?.address ?? null;
    if (hop !== null) out.push({ id: 'provider-hop', role: 'provider-hop', host: hop, method: 'icmp' });
    else notes.push('no-provider-hop');
  }
  for (const [i, host] of internet.entries()) watch(await chooseMethod(`internet-${i + 1}`, 'internet', host, deps, pingFailures));
  // Every echo run measured nothing: the tool is broken, not the network. Said, never silent (#16).
  const pingFailure = pingFailures.length > 0 && pingFailures.every((f) => f !== null) ? pingFailures[0]! : null;
  if (pingFailure !== null) notes.push('ping-unusable');
  return { targets: [...out, ...vpnTargets(t)], notes, ...(pingFailure === null ? {} : { pingFailure }) };
}
