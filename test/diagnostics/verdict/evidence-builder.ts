import type { PingStats } from '../../../diagnostics/net/ping/measure.js';
import type { DnsOutcome } from '../../../diagnostics/net/dns/query.js';
import type { Evidence } from '../../../diagnostics/verdict/evidence.js';
import { poolStats } from '../../../diagnostics/probes/target-ping.js';
import { wilsonInterval } from '../../../diagnostics/net/ping/stats.js';
import { poolConnects, summariseConnects, type ConnectLoss } from '../../../diagnostics/net/tcp/connect-loss.js';
import type { TcpTargetsData } from '../../../diagnostics/probes/tcp-targets.js';

/** TCP handshake figures for one host: `answered` of `sent` came back at once, the rest never. */
export function tcpHost(host: string, sent: number, answered: number, ms = 20): ConnectLoss {
  const samples = Array.from({ length: sent }, (_, i) => (i < answered ? { state: 'open' as const, ms } : { state: 'timeout' as const, ms: null }));
  return summariseConnects(host, 443, host, samples);
}

/** The TCP witness over some hosts. */
export function tcp(hosts: ConnectLoss[]): TcpTargetsData {
  return { hosts, pooled: poolConnects(hosts) };
}

/** Ping figures as measurePing reports them, for rule tests. */
export function ping(target: string, sent: number, received: number, avg = 12): PingStats {
  const [lo, hi] = wilsonInterval(sent - received, sent);
  return {
    target,
    sent,
    received,
    lossPct: sent === 0 ? 0 : Math.round((1000 * (sent - received)) / sent) / 10,
    lossCi95: [lo, hi],
    rttMs: received === 0 ? null : { min: avg - 1, avg, max: avg + 3, p50: avg, p90: avg + 2 },
    jitterMs: received === 0 ? null : 0.8,
    ttlExceededFrom: [],
    unreachableFrom: [],
    errors: [],
  };
}

export function dns(server: string, name: string, kind: DnsOutcome['kind'], ms = 8): DnsOutcome {
  return kind === 'ok'
    ? { server, name, ms, kind, addresses: ['203.0.113.80'] }
    : { server, name, ms, kind, detail: kind };
}

const GATEWAY = '192.0.2.1';

/** A healthy home: every probe fine. Scenarios override pieces of it. */
export function healthy(over: Partial<Evidence> = {}): Evidence {
  const targets = [ping('203.0.113.10', 100, 100, 20), ping('203.0.113.11', 100, 100, 21)];
  return {
    adapters: {
      state: 'ok',
      primary: 'eth0',
      defaultRoute: { gateway: GATEWAY, interface: 'eth0' },
      adapters: [{ name: 'eth0', kind: 'wired', up: true, ipv4: ['192.0.2.10'], ipv6: [], selfAssigned: false, mac: null, speedMbps: 1000, dhcp: true }],
    },
    gateway: { gateway: GATEWAY, stats: ping(GATEWAY, 100, 100, 1), lossPct: 0 },
    path: { target: '203.0.113.10', hops: [], firstIspHop: '198.51.100.1' },
    ispHop: { hop: '198.51.100.1', stats: ping('198.51.100.1', 100, 100, 8) },
    targets: { targets, pooled: poolStats(targets) },
    tcpTargets: tcp([tcpHost('203.0.113.10', 20, 20), tcpHost('203.0.113.11', 20, 20)]),
    dnsSystem: { resolvers: [{ address: GATEWAY, scope: 'default', role: 'router' }], outcomes: [dns(GATEWAY, 'www.example.com', 'ok')], notes: [] },
    dnsPublic: { outcomes: [dns('203.0.113.53', 'www.example.com', 'ok')] },
    https: { checks: [] },
    captive: { check: { url: 'http://check.example.net/generate_204', state: 'open', status: 204, location: null, evidence: '204' } },
    status: { adapters: 'ok', 'gateway-ping': 'ok', 'target-ping': 'ok', 'dns-system': 'ok' },
    ...over,
  };
}

/** Replaces the internet targets' ping figures only: TCP keeps what it saw (ping filtered, deprioritised). */
export function withPingOnly(e: Evidence, stats: PingStats[]): Evidence {
  return { ...e, targets: { targets: stats, pooled: poolStats(stats) } };
}

/**
 * Replaces the internet targets' figures as the whole line shows them: TCP handshakes to the same
 * hosts lose the same share (60 each), and when nothing answers, the public resolvers are silent too.
 */
export function withTargets(e: Evidence, stats: PingStats[]): Evidence {
  const hosts = stats.map((s) => tcpHost(s.target, 60, Math.round((60 * s.received) / Math.max(s.sent, 1))));
  const dead = stats.every((s) => s.received === 0);
  return {
    ...withPingOnly(e, stats),
    tcpTargets: tcp(hosts),
    ...(dead ? { dnsPublic: { outcomes: [dns('203.0.113.53', 'www.example.com', 'timeout', 2500)] } } : {}),
  };
}

/**
 * A lossy home link as the whole check sees it: the router loses `lostPct` of its echoes, and so
 * do the internet targets behind it (every packet crosses the same link). A router that loses
 * echoes while traffic through it does not is a router slow to answer ping, not a lossy link.
 */
export function lossyHomeLink(sent: number, lostPct: number): Partial<Evidence> {
  const received = Math.round(sent * (1 - lostPct / 100));
  const targets = [ping('203.0.113.10', sent, received), ping('203.0.113.11', sent, received)];
  return { gateway: { gateway: GATEWAY, stats: ping(GATEWAY, sent, received, 1), lossPct: lostPct }, targets: { targets, pooled: poolStats(targets) } };
}
