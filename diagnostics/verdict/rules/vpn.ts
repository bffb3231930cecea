import type { EvidenceLine, FindingDraft, Rule } from '../finding-draft.js';
import { internetWorks } from './company-preconditions.js';

/** Below this, tunnelled traffic fragments or stalls (common VPN MTUs are 1400–1450). */
export const MIN_TUNNEL_MTU = 1300;

/**
 * The company VPN, once the internet works: the gateway must accept connections, a tunnel must be
 * up when company systems are only reachable through it, and inside it names must resolve, hosts
 * answer and routes lead into the tunnel. Findings come in that order, the
 * first being the cause of the later ones.
 */
export const vpnRule: Rule = (e) => {
  if (!internetWorks(e)) return [];
  const findings: FindingDraft[] = [];
  const gateways = e.vpnGateway?.gateways ?? [];
  const gatewayDown = gateways.length > 0 && gateways.every((g) => g.state !== 'open');
  if (gatewayDown) {
    findings.push({
      id: 'vpn.gateway-unreachable',
      segment: 'vpn',
      severity: 'problem',
      evidence: gateways.map((g) => ({ key: 'vpnGatewayFailed', vars: { host: g.host, port: g.port, state: `@tcpState.${g.state}` } })),
    });
  }
  const internal = e.vpnInternal;
  if (!internal || internal.hosts === undefined) return findings;
  const failedHosts = internal.hosts.filter((h) => h.tcp.state !== 'open');
  const names = [...new Set((internal.dns ?? []).map((o) => o.name))];
  const failedNames = names.filter((n) => !(internal.dns ?? []).some((o) => o.name === n && o.kind === 'ok'));
  const insideFails = failedHosts.length > 0 || failedNames.length > 0;
  if (!insideFails) {
    const mtu = e.vpnMtu?.result?.mtu;
    if (typeof mtu === 'number' && mtu < MIN_TUNNEL_MTU) {
      findings.push({ id: 'vpn.mtu', segment: 'vpn', severity: 'problem', evidence: [{ key: 'vpnMtu', vars: { mtu } }] });
    }
    return findings;
  }
  if (gatewayDown) return findings; // everything inside fails because the gateway does
  if (!internal.tunnelUp) {
    return [...findings, { id: 'vpn.tunnel-down', segment: 'vpn', severity: 'problem', evidence: [{ key: 'vpnNoTunnel' }] }];
  }
  if (failedNames.length > 0) {
    const lines: EvidenceLine[] = failedNames.map((name) => {
      const o = (internal.dns ?? []).find((x) => x.name === name)!;
      return { key: 'vpnDnsFailed', vars: { name, server: o.server, outcome: `@dnsOutcome.${o.kind}` } };
    });
    findings.push({ id: 'vpn.dns', segment: 'vpn', severity: 'problem', evidence: lines });
  }
  if (failedHosts.length > 0) {
    const lines: EvidenceLine[] = failedHosts.flatMap((h): EvidenceLine[] => [
      { key: 'vpnInternalFailed', vars: { host: h.host, port: h.port, state: `@tcpState.${h.tcp.state}` } },
      ...(h.viaTunnel === false && h.routeInterface ? [{ key: 'vpnRouteOutside' as const, vars: { host: h.host, iface: h.routeInterface } }] : []),
    ]);
    findings.push({ id: 'vpn.internal-unreachable', segment: 'vpn', severity: 'problem', evidence: lines });
  }
  return findings;
};
