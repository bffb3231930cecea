import type { DnsOutcome } from '../../net/dns/query.js';
import type { DnsSystemData, SystemResolverInfo } from '../../probes/dns-system.js';
import type { EvidenceLine, FindingDraft, Rule } from '../finding-draft.js';
import { internetAnswers, type Witness } from '../line-witnesses.js';

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
 * For a failed stub whose upstreams are unlisted: the gateway's resolver, when it was asked
 * directly and failed every name too. Then the router's resolver is the one to judge, and the
 * evidence says the stub failed first and why the router was asked. When the gateway answered,
 * the stub alone fails and nothing here names a party (undefined: the stub stays unsure).
 */
function judgedThroughGateway(
  asked: DnsSystemData['stubGateway'],
  stub: string,
  stubOutcome: DnsOutcome,
): { server: string; outcome: DnsOutcome; lines: EvidenceLine[] } | undefined {
  if (asked === undefined || asked.stub !== stub) return undefined;
  const failed = failingServers(asked.outcomes).get(asked.address);
  if (failed === undefined) return undefined;
  return {
    server: asked.address,
    outcome: failed,
    lines: [
      { key: 'dnsFailed', vars: { server: stub, name: stubOutcome.name, outcome: `@dnsOutcome.${stubOutcome.kind}` } },
      { key: 'dnsStubGatewayAsked', vars: { stub, gateway: asked.address } },
    ],
  };
}

/** The owner as the probe recorded it; reports written before owners existed knew only the router. */
function ownerOf(r: SystemResolverInfo | undefined): NonNullable<SystemResolverInfo['owner']> {
  return r?.owner ?? (r?.role === 'router' ? 'router' : 'provider');
}

/**
 * Name lookups: the system's resolvers against the profile's public ones. A failure is blamed on
 * whoever runs the resolver that failed. A router whose own DNS service is down (port closed,
 * refused) is the home network's fault. A router that answers SERVFAIL, or that times out while its
 * DNS port still accepts TCP, is alive and relays the silence of its upstream, the provider's
 * resolver (dnsmasq, like most home routers, sends nothing back when its upstream is dead). A
 * company resolver (through the tunnel) is the VPN's; a stub on this computer is judged by its
 * upstreams; a public service or another home device cannot be blamed on a segment: unknown.
 */
export const dnsRule: Rule = (e) => {
  if (e.adapters?.state !== 'ok') return [];
  const system = e.dnsSystem?.outcomes ?? [];
  const publicOk = (e.dnsPublic?.outcomes ?? []).find((o) => o.kind === 'ok');
  if (!internetAnswers(e) || system.length === 0) return [];
  const failing = failingServers(system);
  // One working system resolver is enough for the machine: it fails over to it.
  if (failing.size === 0 || failing.size < new Set(system.map((o) => o.server)).size) return [];
  const infos = new Map((e.dnsSystem?.resolvers ?? []).map((r) => [r.address, r]));
  // A stub whose upstreams were asked too is judged through them, not twice.
  const upstreamsAsked = [...failing.keys()].some((s) => infos.get(s)?.owner !== 'local-stub');
  const findings: FindingDraft[] = [];
  for (const [stubServer, stubOutcome] of failing) {
    if (ownerOf(infos.get(stubServer)) === 'local-stub' && upstreamsAsked) continue;
    // A stub that lists no upstream is judged through the gateway's resolver, asked directly.
    const judged = judgedThroughGateway(e.dnsSystem?.stubGateway, stubServer, stubOutcome);
    const { server, outcome } = judged ?? { server: stubServer, outcome: stubOutcome };
    const owner = judged ? 'router' : ownerOf(infos.get(server));
    const lines: EvidenceLine[] = [
      ...(judged ? judged.lines : []),
      { key: 'dnsFailed', vars: { server, name: outcome.name, outcome: `@dnsOutcome.${outcome.kind}` } },
      { key: 'dnsOwner', vars: { server, owner: `@resolverOwner.${owner}` } },
      ...(publicOk ? [{ key: 'dnsPublicOk' as const, vars: { server: publicOk.server, name: publicOk.name, ms: Math.round(publicOk.ms) } }] : []),
    ];
    const severity = publicOk ? 'problem' : 'warning';
    // The failing resolver and the working public one are both DNS; a probe of the router's DNS port adds TCP.
    const witnesses: Witness[] = ['dns', ...(e.dnsSystem?.forwarderTcp?.[server] !== undefined ? (['tcp'] as const) : [])];
    const forwarderRuns = outcome.kind === 'servfail' || (outcome.kind === 'timeout' && e.dnsSystem?.forwarderTcp?.[server] === 'open');
    if (owner === 'router') {
      findings.push(
        forwarderRuns
          ? { id: 'isp.dns', segment: 'isp', severity, evidence: lines, witnesses }
          : { id: 'home.router-dns', segment: 'home-network', severity, evidence: lines, witnesses },
      );
    } else if (owner === 'provider') {
      findings.push({ id: 'isp.dns', segment: 'isp', severity, evidence: lines, witnesses });
    } else if (owner === 'company') {
      findings.push({ id: 'vpn.dns', segment: 'vpn', severity: 'problem', evidence: lines, witnesses });
    } else {
      findings.push({ id: 'unsure.dns-owner', segment: 'unknown', severity: 'warning', evidence: lines });
    }
  }
  return findings;
};
