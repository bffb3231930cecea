import type { DnsOutcome } from '../../net/dns/query.js';
import type { EvidenceLine, FindingDraft, Rule } from '../finding-draft.js';

const FAILED: ReadonlySet<DnsOutcome['kind']> = new Set(['timeout', 'refused', 'servfail', 'unreachable', 'nxdomain', 'error']);

/** The first failure per server, when every name failed there. */
function failingServers(outcomes: readonly DnsOutcome[]): Map<string, DnsOutcome> {
  const byServer = new Map<string, DnsOutcome[]>();
  for (const o of outcomes) byServer.set(o.server, [...(byServer.get(o.server) ?? []), o]);
  const failing = new Map<string, DnsOutcome>();
  for (const [server, list] of byServer) {
    if (list.length > 0 && list.every((o) => FAILED.has(o.kind))) failing.set(server, list[0]!);
  }
  return failing;
}

/**
 * Name lookups: the system's resolvers against the profile's public ones. A router whose own DNS
 * service is down (port closed, refused) is the home network's fault. A router that answers
 * SERVFAIL, or that times out while its DNS port still accepts TCP, is alive and relays the silence
 * of its upstream, the provider's resolver (dnsmasq, like most home routers, sends nothing back
 * when its upstream is dead). A resolver that is not the router is normally the provider's.
 */
export const dnsRule: Rule = (e) => {
  if (e.adapters?.state !== 'ok') return [];
  const system = e.dnsSystem?.outcomes ?? [];
  const publicOk = (e.dnsPublic?.outcomes ?? []).find((o) => o.kind === 'ok');
  const internetWorks = publicOk !== undefined || (e.targets?.pooled?.received ?? 0) > 0;
  if (!internetWorks || system.length === 0) return [];
  const failing = failingServers(system);
  // One working system resolver is enough for the machine: it fails over to it.
  if (failing.size === 0 || failing.size < new Set(system.map((o) => o.server)).size) return [];
  const roles = new Map((e.dnsSystem?.resolvers ?? []).map((r) => [r.address, r.role]));
  const findings: FindingDraft[] = [];
  for (const [server, outcome] of failing) {
    const lines: EvidenceLine[] = [
      { key: 'dnsFailed', vars: { server, name: outcome.name, outcome: `@dnsOutcome.${outcome.kind}` } },
      ...(publicOk ? [{ key: 'dnsPublicOk' as const, vars: { server: publicOk.server, name: publicOk.name, ms: Math.round(publicOk.ms) } }] : []),
    ];
    const severity = publicOk ? 'problem' : 'warning';
    const forwarderRuns = outcome.kind === 'servfail' || (outcome.kind === 'timeout' && e.dnsSystem?.forwarderTcp?.[server] === 'open');
    const routerOwnFault = roles.get(server) === 'router' && !forwarderRuns;
    findings.push(
      routerOwnFault
        ? { id: 'home.router-dns', segment: 'home-network', severity, evidence: lines }
        : { id: 'isp.dns', segment: 'isp', severity, evidence: lines },
    );
  }
  return findings;
};
