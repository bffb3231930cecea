import { describe, expect, it } from 'vitest';
import type { TcpProbe } from '../../../diagnostics/net/tcp/connect.js';
import { decide, rankFindings } from '../../../diagnostics/verdict/decide.js';
import type { Evidence } from '../../../diagnostics/verdict/evidence.js';
import { ALL_RULES } from '../../../diagnostics/verdict/rules/all-rules.js';
import { dns, healthy, ping, withTargets } from './evidence-builder.js';

const tcp = (host: string, port: number, state: TcpProbe['state']): TcpProbe => ({
  host, port, state, connectMs: state === 'open' ? 12 : null, address: host, code: state === 'open' ? null : state.toUpperCase(), banner: null,
});
const gateway = (state: TcpProbe['state']) => ({ gateways: [tcp('203.0.113.100', 443, state)] });
const inside = (o: { tunnelUp: boolean; host?: TcpProbe['state']; name?: 'ok' | 'timeout'; viaTunnel?: boolean | null; iface?: string }) => ({
  tunnelUp: o.tunnelUp,
  hosts: [{ host: '198.18.20.80', port: 443, tcp: tcp('198.18.20.80', 443, o.host ?? 'open'), routeInterface: o.iface ?? 'tun0', viaTunnel: o.viaTunnel ?? true }],
  dns: [dns('198.18.20.53', 'intranet.corp.example', o.name ?? 'ok'), dns('192.0.2.1', 'intranet.corp.example', o.name === 'timeout' ? 'nxdomain' : 'ok')],
});
const verdictOf = (e: Evidence) => {
  const drafts = rankFindings(ALL_RULES.flatMap((r) => r(e)));
  return { ...decide(drafts, e), ids: drafts.map((d) => d.id) };
};

describe('VPN rules', () => {
  it('finds nothing wrong with a working tunnel', () => {
    expect(verdictOf(healthy({ vpnGateway: gateway('open'), vpnInternal: inside({ tunnelUp: true }) })).segment).toBe('none');
  });

  it('blames the company when the gateway refuses while the internet works, and nothing else', () => {
    const v = verdictOf(healthy({ vpnGateway: gateway('timeout'), vpnInternal: inside({ tunnelUp: false, host: 'timeout', name: 'timeout' }) }));
    expect(v.segment).toBe('vpn');
    expect(v.ids).toEqual(['vpn.gateway-unreachable']);
  });

  it('says the VPN is not connected when the company is only reachable through it', () => {
    const v = verdictOf(healthy({ vpnGateway: gateway('open'), vpnInternal: inside({ tunnelUp: false, host: 'timeout', name: 'timeout', viaTunnel: false, iface: 'eth0' }) }));
    expect(v.top?.id).toBe('vpn.tunnel-down');
  });

  it('tells company DNS from company hosts inside a working tunnel', () => {
    expect(verdictOf(healthy({ vpnGateway: gateway('open'), vpnInternal: inside({ tunnelUp: true, name: 'timeout' }) })).ids).toEqual(['vpn.dns']);
    const hosts = verdictOf(healthy({ vpnGateway: gateway('open'), vpnInternal: inside({ tunnelUp: true, host: 'timeout' }) }));
    expect(hosts.ids).toEqual(['vpn.internal-unreachable']);
  });

  it('names a split tunnel that leaves a company host out', () => {
    const v = verdictOf(healthy({ vpnGateway: gateway('open'), vpnInternal: inside({ tunnelUp: true, host: 'timeout', viaTunnel: false, iface: 'eth0' }) }));
    expect(v.top?.evidence.map((l) => l.key)).toEqual(['vpnInternalFailed', 'vpnRouteOutside']);
  });

  it('leaves a VPN broken by a provider outage to the provider', () => {
    const e = withTargets(healthy({ vpnGateway: gateway('timeout'), vpnInternal: inside({ tunnelUp: false, host: 'timeout' }) }), [ping('203.0.113.10', 100, 0)]);
    const v = verdictOf(e);
    expect(v.segment).toBe('isp');
    expect(v.ids).not.toContain('vpn.gateway-unreachable');
  });
});
