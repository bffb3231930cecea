import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../diagnostics/check.js';
import { NO_FIGURES } from '../../../diagnostics/history/figures.js';
import type { HistoryRecord } from '../../../diagnostics/history/history-record.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { targetsFromProfile } from '../../../diagnostics/profile/targets.js';
import { buildIspCall } from '../../../diagnostics/report/isp-call.js';
import { ispCallFactsOfReport } from '../../../diagnostics/report/isp-call-facts.js';
import type { Report } from '../../../diagnostics/schema/report.js';
import type { IspSettings } from '../../../diagnostics/settings/user-settings.js';
import type { Evidence } from '../../../diagnostics/verdict/evidence.js';
import { auditReportKits, insideNames, kitProblems } from '../../support/isp-kit-audit.js';
import { replayProbes } from '../replay-probes.js';
import { dns, healthy, lossyHomeLink, ping, withTargets } from '../verdict/evidence-builder.js';
import { pathStats, poolStats } from '../../../diagnostics/net/media/path-stats.js';
import { gradeCall } from '../../../diagnostics/net/media/call-grade.js';

// Every kind of report the lab's scenarios and the classes make, built through the real
// engine (runCheck: rules, verdict, kit) from replayed probe data, then every kit walked in en, de
// and sv with every kind of confirmation (test/support/isp-kit-audit.ts). The lab test walks the
// kits of its real runs the same way.

const targets = targetsFromProfile({ internet: { pingTargets: ['203.0.113.10', '203.0.113.11'] } }, 'profile');
const now = () => new Date('2026-11-23T19:30:00Z');
const ROUTER = '192.0.2.1';
const HOP = '198.51.100.1';

/** Replays the evidence, plus the probes the shared replay leaves out (throughput, loaded latency, VPN). */
function replay(e: Evidence) {
  const extra: Record<string, object | undefined> = {
    throughput: e.throughput, 'loaded-latency': e.loadedLatency, 'vpn-client': e.vpnClient, https: e.https, 'media-path': e.mediaPath,
  };
  return replayProbes(e).map((p) => (extra[p.id] ? { ...p, run: async () => ({ status: 'ok' as const, data: extra[p.id]! }) } : p));
}

const lossy = (pct: number, avg = 24) => [ping('203.0.113.10', 1000, 1000 - pct * 10, avg), ping('203.0.113.11', 1000, 1000 - pct * 10, avg + 1)];
const silent = [ping('203.0.113.10', 40, 0), ping('203.0.113.11', 40, 0)];
const hop = (h: string | null, sent: number, received: number, avg = 8): Partial<Evidence> => ({
  path: { target: '203.0.113.10', hops: [], firstIspHop: h },
  ispHop: { hop: h, stats: h === null ? null : ping(h, sent, received, avg) },
});
const gateway = (sent: number, received: number, avg = 1): Partial<Evidence> => ({ gateway: { gateway: ROUTER, stats: ping(ROUTER, sent, received, avg), lossPct: 0 } });
const resolver = (address: string, role: 'router' | 'other', kind: Parameters<typeof dns>[2], publicKind: Parameters<typeof dns>[2] = 'ok'): Partial<Evidence> => ({
  dnsSystem: {
    resolvers: [{ address, scope: 'default', role }],
    outcomes: [dns(address, 'www.example.com', kind), dns(address, 'example.net', kind)],
    notes: [],
    ...(role === 'router' && kind === 'timeout' ? { forwarderTcp: { [address]: 'open' as const } } : {}),
  },
  dnsPublic: { outcomes: [dns('203.0.113.53', 'www.example.com', publicKind)] },
});
const speed = (down: number, up: number, minDown = 25, minUp = 5): Partial<Evidence> => ({
  throughput: { provider: 'http', server: '203.0.113.80', streams: 4, durationMs: 12_000, download: { mbps: down, bytes: 1, durationMs: 5000 }, upload: { mbps: up, bytes: 1, durationMs: 4600 }, minDownloadMbps: minDown, minUploadMbps: minUp, errors: [] },
});
const loaded = (idle: number, increase: number): Partial<Evidence> => ({
  loadedLatency: { target: HOP, idleMs: idle, loadedMs: idle + increase, increaseMs: increase, grade: increase < 200 ? 'C' : 'D', rpm: 200, responsiveness: 'low', gateway: null },
});
const httpsFails = (url: string, stage: 'connect' | 'tls' | 'timeout'): Partial<Evidence> => ({
  https: { checks: [{ url, ok: false, status: null, timings: { dnsMs: 3, connectMs: null, tlsMs: null, firstByteMs: null, totalMs: 3000 }, address: '203.0.113.80', failure: { stage, code: 'ECONNRESET', message: 'reset' }, certificate: null, bodySample: '', location: null, contentType: null, serverDate: null }] },
});
/** The UDP test call to one STUN server: `dropEvery`-th request lost, round trips alternating by `swingMs` (jitter). */
const call = (dropEvery: number, swingMs: number): Partial<Evidence> => {
  const stats = pathStats(Array.from({ length: 400 }, (_, seq) => ({ seq, sentAt: seq * 20, receivedAt: seq % dropEvery === 0 ? null : seq * 20 + 20 + (seq % 2) * swingMs })));
  const p = poolStats([stats])!;
  return {
    mediaPath: {
      servers: [{ host: '203.0.113.78', port: 3478, address: '203.0.113.78', resolveError: null, stats, mapped: null, mappedChanges: 0, otherAddress: null, tcp: null }],
      pooled: p, grade: gradeCall(p), udp: 'works', localAddress: '192.0.2.10', localPort: 40000, nat: 'unknown', mapping: 'unknown',
    },
  };
};
/** A VPN client that is up, with a company resolver pushed into the system's list. */
const companyVpn: Partial<Evidence> = {
  vpnClient: { clients: [{ name: 'OpenVPN', kind: 'openvpn', state: 'connected', interface: 'tun0', addresses: ['10.8.0.6'], servers: ['vpn.corp.example'] }] } as unknown as Evidence['vpnClient'],
};

/** Two weeks of evenings with loss beyond a clean router, and clean mornings: a time-of-day pattern. */
const eveningHistory: HistoryRecord[] = Array.from({ length: 14 }, (_, i): HistoryRecord[] => [
  {
    startedAt: new Date(Date.UTC(2026, 10, 9 + i, 20, 15)),
    segment: 'isp',
    findingIds: ['isp.loss'],
    figures: { ...NO_FIGURES, gatewayLossPct: 0, internetLossPct: 8 + (i % 3), internetSent: 400, internetReceived: 366 },
  },
  {
    startedAt: new Date(Date.UTC(2026, 10, 9 + i, 8, 15)),
    segment: 'none',
    findingIds: [],
    figures: { ...NO_FIGURES, gatewayLossPct: 0, internetLossPct: 0, internetSent: 400, internetReceived: 400 },
  },
]).flat();

const LINE: IspSettings = { name: 'Example Telecom', contractDownMbps: 100, contractUpMbps: 40, customerNumber: 'K-4711', lineId: 'L-99-1234' };

interface Case {
  readonly name: string;
  readonly evidence: Evidence;
  readonly isp?: IspSettings;
  readonly history?: readonly HistoryRecord[];
}

const CASES: readonly Case[] = [
  // The lab's scenarios (test/lab/scenarios.ts, throughput-scenarios.ts, company-scenarios.ts).
  { name: 'healthy', evidence: healthy() },
  { name: 'home-loss-10', evidence: healthy(lossyHomeLink(1000, 10)) },
  { name: 'isp-loss-10', evidence: withTargets(healthy(), lossy(10)) },
  { name: 'isp-loss-30, first hop lossy', evidence: withTargets(healthy(hop(HOP, 100, 70)), lossy(30)), isp: LINE },
  { name: 'isp-outage, first hop silent', evidence: withTargets(healthy(hop(HOP, 40, 0)), silent) },
  { name: 'router-dns', evidence: healthy(resolver(ROUTER, 'router', 'refused')) },
  { name: 'isp-dns (router relays the silence)', evidence: healthy(resolver(ROUTER, 'router', 'timeout')) },
  { name: 'isp-dns (router relays SERVFAIL)', evidence: healthy(resolver(ROUTER, 'router', 'servfail')) },
  { name: 'isp-dns-direct', evidence: healthy(resolver('198.51.100.53', 'other', 'timeout')) },
  { name: 'line-slow', evidence: healthy(speed(8, 1.2)), isp: LINE },
  { name: 'line-bufferbloat', evidence: healthy(loaded(18, 320)) },
  { name: 'vpn-dns-dead (company resolver pushed by the VPN)', evidence: healthy({ ...companyVpn, ...resolver('10.8.0.1', 'other', 'timeout') }) },
  // The classes and the script's edge cases.
  { name: 'first hop unknown, loss beyond the router', evidence: withTargets(healthy(hop(null, 0, 0)), lossy(12)) },
  { name: 'first hop unknown, outage', evidence: withTargets(healthy(hop(null, 0, 0)), silent) },
  { name: 'first hop answers during the outage', evidence: withTargets(healthy(hop(HOP, 40, 40)), silent) },
  { name: 'first hop inside the provider (10.x), loss', evidence: withTargets(healthy(hop('10.20.0.1', 100, 100)), lossy(15)) },
  { name: 'first hop in carrier-grade NAT, loss starts there', evidence: withTargets(healthy(hop('100.64.0.1', 100, 85)), lossy(15)) },
  { name: 'sub-millisecond round trips', evidence: withTargets(healthy({ ...gateway(1000, 1000, 0.03), ...hop(HOP, 100, 100, 0.05) }), lossy(10, 0.06)) },
  { name: 'router round trip reads 0 ms', evidence: withTargets(healthy(gateway(1000, 1000, 0)), lossy(10)) },
  { name: 'lossy router, more loss beyond it', evidence: withTargets(healthy(gateway(1000, 950)), lossy(30)) },
  { name: 'dead DNS on a 6,000 Mbit/s line', evidence: healthy({ ...resolver('198.51.100.53', 'other', 'servfail'), ...speed(6000, 900) }), isp: LINE },
  { name: 'dead DNS, public resolvers blocked', evidence: healthy(resolver('198.51.100.53', 'other', 'timeout', 'timeout')) },
  { name: 'private resolver that is not the router', evidence: healthy(resolver('172.20.0.53', 'other', 'timeout')) },
  { name: 'HTTPS to a company portal blocked', evidence: healthy(httpsFails('https://portal.corp.example/', 'connect')) },
  { name: 'loss, slow and bloated, with the contract', evidence: withTargets(healthy({ ...speed(18.4, 9.1), ...loaded(21, 219) }), lossy(9)), isp: LINE },
  { name: 'clean now, loss every evening', evidence: healthy(), history: eveningHistory, isp: LINE },
  // Issue #19: the UDP test call, cited where ping agrees it is the provider's, and never otherwise.
  { name: 'UDP and ping lose beyond a clean router, jittery', evidence: withTargets(healthy(call(10, 80)), lossy(10)) },
  { name: 'UDP loses, ping beyond the router clean (no owner)', evidence: withTargets(healthy(call(10, 2)), lossy(0)) },
  { name: 'ping loses beyond the router, the UDP call clean', evidence: withTargets(healthy(call(1000, 2)), lossy(10)) },
  { name: 'loss now and every evening', evidence: withTargets(healthy(), lossy(9)), history: eveningHistory },
];

async function reportOf(c: Case, lang: 'en' | 'de' | 'sv'): Promise<Report> {
  return runCheck({
    targets, lang, quick: false, os: 'linux', probes: replay(c.evidence), now, timeZone: 'UTC',
    ...(c.isp ? { isp: c.isp } : {}), ...(c.history ? { history: c.history } : {}),
  });
}

describe('every sentence of every call kit is true', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    for (const lang of ['en', 'de', 'sv'] as const) {
      const report = await reportOf(c, lang);
      expect(auditReportKits(report, { ...(c.isp ? { isp: c.isp } : {}), timeZone: 'UTC' }), `${lang}: ${report.ispCall?.script ?? report.verdict.segment}`).toEqual([]);
    }
  });

  it('cites the UDP test call only where the check made it the provider’s', async () => {
    const script = async (name: string) => (await reportOf(CASES.find((c) => c.name === name)!, 'en')).ispCall?.script ?? '';
    const both = await script('UDP and ping lose beyond a clean router, jittery');
    expect(both).toMatch(/test call over UDP.*lost 10 % of 400 packets/);
    expect(both).toMatch(/varied by \d+(\.\d+)? ms \(jitter\)/);
    expect(await script('ping loses beyond the router, the UDP call clean')).not.toMatch(/UDP/);
    const udpOnly = await reportOf(CASES.find((c) => c.name === 'UDP loses, ping beyond the router clean (no owner)')!, 'en');
    expect(udpOnly.ispCall?.script ?? '').not.toMatch(/UDP/);
  });

  it('reads no router ping as link loss where the check found the router ignores ping (written case: outage, router silent to ping, its DNS alive)', async () => {
    const c: Case = { name: 'router ignores ping, line down', evidence: withTargets(healthy(gateway(100, 0)), silent) };
    const r = await reportOf(c, 'en');
    expect(r.findings.map((f) => f.id)).toEqual(expect.arrayContaining(['home.router-ignores-ping', 'isp.outage']));
    expect(r.ispCall?.script ?? '').not.toMatch(/my router/i);
    expect(auditReportKits(r, { timeZone: 'UTC' })).toEqual([]);
  });

  it('walks kits, not nothing: most cases end at the provider', async () => {
    const reports = await Promise.all(CASES.map((c) => reportOf(c, 'en')));
    const withKit = reports.filter((r) => r.ispCall);
    expect(withKit.length).toBeGreaterThanOrEqual(18);
    // The cases that are not the provider's stay without a kit.
    const segments = Object.fromEntries(CASES.map((c, i) => [c.name, reports[i]!.verdict.segment]));
    expect(segments).toMatchObject({ healthy: 'none', 'home-loss-10': 'home-network', 'router-dns': 'home-network' });
  });
});

describe('the audit itself', () => {
  const base = () => reportOf(CASES.find((c) => c.name === 'isp-loss-10')!, 'en');

  it('catches a claim nobody confirmed', async () => {
    const r = await base();
    const facts = ispCallFactsOfReport(r, { timeZone: 'UTC' });
    const kit = buildIspCall({ ...facts, confirmed: { cable: true } }, translator('en'));
    // The kit made with a confirmation, checked against facts without it.
    expect(kitProblems(kit, facts, 'en', new Set()).join('\n')).toMatch(/cableA claims "cable", which was not confirmed/);
  });

  it('catches a figure that is not the report’s, and words outside the registry', async () => {
    const r = await base();
    const facts = ispCallFactsOfReport(r, { timeZone: 'UTC' });
    const kit = buildIspCall(facts, translator('en'));
    const loss = kit.said.find((s) => s.key === 'ispCall.facts.loss')!;
    const forged = { ...kit, said: kit.said.map((s) => (s === loss ? { ...s, vars: { ...s.vars, loss: 50 } } : s)), script: `${kit.script}\nI tried everything.` };
    const problems = kitProblems(forged, facts, 'en', new Set()).join('\n');
    expect(problems).toMatch(/loss is 50, the report says 10/);
    expect(problems).toMatch(/words no sentence declares: "I tried everything."/);
  });

  it('catches a report whose script was edited after the engine wrote it', async () => {
    const r = await base();
    const edited = { ...r, ispCall: { ...r.ispCall!, script: r.ispCall!.script.replace('I can test with a network cable while we talk.', 'I tested with a network cable as well.') } };
    expect(auditReportKits(edited, { timeZone: 'UTC' }).join('\n')).toMatch(/not the registry's/);
  });

  it('reads the home and company names out of the report', async () => {
    const r = await reportOf(CASES.find((c) => c.name === 'vpn-dns-dead (company resolver pushed by the VPN)')!, 'en');
    const inside = insideNames(r);
    expect(inside).toContain(ROUTER);
    expect(inside).toContain('vpn.corp.example');
  });
});
