import { en } from '../../diagnostics/i18n/catalog-en.js';
import { translator } from '../../diagnostics/i18n/translator.js';
import { mulberry32 } from './seeded-random.js';
import { reportSchema, type Finding, type Report, type Segment } from '../../diagnostics/schema/report.js';

/**
 * Realistic, varied reports for the fleet tools' tests and benchmark, made from a plan that is a
 * pure function of the check's index. The categorical fields cycle with known periods, so over
 * any multiple of 168 checks every segment, OS, band, hour and weekday has an exact, known count:
 *
 * - verdict segment: index mod 8 over PLAN_SEGMENTS (21 each per 168)
 * - OS: floor(index / 8) mod 3 (56 each per 168)
 * - Wi-Fi band: floor(index / 3) mod 4 over PLAN_BANDS (42 each per 168), except that a check
 *   whose verdict is `wifi` is never on a cable (it moves to 2.4 GHz): the plan says so
 * - weekday: index mod 7 from Monday (24 each per 168); hour (UTC): 5 × index mod 24 (7 each)
 *
 * Figures come from a seeded generator, shaped by the segment (a Wi-Fi problem has a weak signal
 * and loss at the router; an ISP problem loss beyond it), so medians are realistic, not uniform.
 */

export const PLAN_SEGMENTS: readonly Segment[] = ['none', 'device', 'wifi', 'home-network', 'isp', 'vpn', 'citrix', 'unknown'];
export const PLAN_OS = ['win32', 'darwin', 'linux'] as const;
export const PLAN_BANDS = ['2.4GHz', '5GHz', '6GHz', null] as const;

/**
 * Groups whose name is not a segment: `unsure.*` (witnesses that contradict each other) and the
 * real-time findings (`media.*`, owned only with a second witness) are filed under `unknown`.
 */
const GROUP_SEGMENT: Readonly<Record<string, string>> = { home: 'home-network', unsure: 'unknown', media: 'unknown' };

/** Every finding id that has texts, by the segment that owns it. */

export const FINDING_IDS: Readonly<Record<string, readonly string[]>> = Object.entries(en.finding).reduce<Record<string, string[]>>((acc, [group, items]) => {
  const segment = GROUP_SEGMENT[group] ?? group;
  acc[segment] = [...(acc[segment] ?? []), ...Object.keys(items).map((k) => `${group}.${k}`)];
  return acc;
}, {});

/** What check number `index` is made of; the tests count from this directly. */
export interface CheckPlan {
  readonly index: number;
  readonly segment: Segment;
  readonly os: (typeof PLAN_OS)[number];
  readonly band: '2.4GHz' | '5GHz' | '6GHz' | null;
  readonly startedAt: string;
  readonly findings: readonly { readonly id: string; readonly segment: Segment; readonly severity: 'problem' | 'warning' }[];
  readonly figures: {
    readonly gatewayLossPct: number;
    readonly gatewayRttMs: number;
    readonly internetLossPct: number;
    readonly internetRttMs: number;
    readonly dnsMs: number;
    readonly wifiSignalDbm: number | null;
    readonly downloadMbps: number | null;
    readonly uploadMbps: number | null;
    readonly loadIncreaseMs: number | null;
  };
}

const MONDAY = Date.UTC(2026, 10, 2); // 2026-11-02 is a Monday
const DAY = 86_400_000;
const round1 = (n: number): number => Math.round(n * 10) / 10;

/** The plan of check number `index`. */
export function planCheck(index: number): CheckPlan {
  const r = mulberry32(index * 7919 + 17);
  const between = (lo: number, hi: number): number => round1(lo + r() * (hi - lo));
  const segment = PLAN_SEGMENTS[index % PLAN_SEGMENTS.length] as Segment;
  const os = PLAN_OS[Math.floor(index / 8) % PLAN_OS.length] as CheckPlan['os'];
  const planned = PLAN_BANDS[Math.floor(index / 3) % PLAN_BANDS.length] ?? null;
  const band = segment === 'wifi' && planned === null ? '2.4GHz' : planned;
  const minute = Math.floor(r() * 60);
  const startedAt = new Date(MONDAY + (index % 7) * DAY + ((5 * index) % 24) * 3_600_000 + minute * 60_000).toISOString();
  const own = FINDING_IDS[segment] ?? [];
  const findings: CheckPlan['findings'][number][] = [];
  if (own.length > 0) findings.push({ id: own[Math.floor(index / 8) % own.length] as string, segment, severity: 'problem' });
  // Every fifth check also carries a warning from the computer itself (power saving or a proxy).
  if (index % 5 === 0 && segment !== 'device') findings.push({ id: index % 10 === 0 ? 'device.power-saving' : 'device.proxy', segment: 'device', severity: 'warning' });
  const wifiTrouble = segment === 'wifi';
  const homeTrouble = segment === 'home-network';
  return {
    index,
    segment,
    os,
    band,
    startedAt,
    findings,
    figures: {
      gatewayLossPct: wifiTrouble || homeTrouble ? between(4, 30) : r() < 0.8 ? 0 : between(0.1, 1),
      gatewayRttMs: band === null ? between(0.3, 2) : between(wifiTrouble ? 8 : 1.5, wifiTrouble ? 60 : 12),
      internetLossPct: segment === 'isp' ? between(3, 40) : r() < 0.85 ? 0 : between(0.1, 1.5),
      internetRttMs: between(segment === 'isp' ? 40 : 8, segment === 'isp' ? 180 : 45),
      dnsMs: between(4, segment === 'isp' ? 400 : 60),
      wifiSignalDbm: band === null ? null : Math.round(wifiTrouble ? -75 - r() * 13 : -42 - r() * 30),
      downloadMbps: index % 2 === 0 ? between(segment === 'isp' ? 2 : 40, segment === 'isp' ? 20 : 500) : null,
      uploadMbps: index % 2 === 0 ? between(segment === 'isp' ? 0.5 : 8, segment === 'isp' ? 4 : 100) : null,
      loadIncreaseMs: index % 2 === 0 ? between(1, segment === 'isp' ? 400 : 60) : null,
    },
  };
}

const en_ = translator('en');

function pingStats(target: string, lossPct: number, rtt: number, sent: number): Record<string, unknown> {
  const received = Math.round(sent * (1 - lossPct / 100));
  const spread = [Math.max(0, lossPct - 4), Math.min(100, lossPct + 4)];
  return {
    target,
    sent,
    received,
    lossPct,
    lossCi95: received === sent ? [0, 3.7] : spread,
    rttMs: received === 0 ? null : { min: round1(rtt * 0.7), avg: rtt, max: round1(rtt * 2.1), p50: rtt, p90: round1(rtt * 1.6) },
    jitterMs: received < 2 ? null : round1(rtt * 0.12),
    ttlExceededFrom: [],
    unreachableFrom: [],
    errors: [],
  };
}

/** The report of a planned check, in the shape `homeline check --json` writes (schema-checked). */
export function reportFor(plan: CheckPlan): Report {
  const f = plan.figures;
  const probe = (id: string, data: Record<string, unknown>, status: 'ok' | 'warn' | 'fail' | 'error' = 'ok') => ({ id, status, durationMs: 120, data });
  const findings: Finding[] = plan.findings.map((x) => ({
    id: x.id,
    segment: x.segment,
    severity: x.severity,
    title: en_.t(`finding.${x.id}.title`),
    evidence: [`Measured during check ${plan.index}.`],
    steps: en_.list(`finding.${x.id}.steps`),
  }));
  const wifi =
    plan.band === null
      ? { facts: { state: 'disconnected', interface: null, ssid: null, band: null, signalDbm: null, notes: [] }, neighbours: [], crowding: null }
      : { facts: { state: 'connected', interface: 'wlan0', ssid: 'redacted', band: plan.band, signalDbm: f.wifiSignalDbm, channel: plan.band === '2.4GHz' ? 6 : 36, notes: [] }, neighbours: [], crowding: null };
  const targets = [pingStats('198.51.100.10', f.internetLossPct, f.internetRttMs, 100), pingStats('198.51.100.11', f.internetLossPct, f.internetRttMs, 100)];
  const probes = [
    probe('adapters', { state: plan.segment === 'device' ? 'no-route' : 'ok', adapters: [] }),
    probe('wifi', wifi),
    probe('gateway-ping', { gateway: '192.0.2.1', stats: pingStats('192.0.2.1', f.gatewayLossPct, f.gatewayRttMs, 100), lossPct: f.gatewayLossPct }),
    probe('target-ping', { targets, pooled: { sent: 200, received: 200 - 2 * Math.round(f.internetLossPct), lossPct: f.internetLossPct, lossCi95: targets[0]?.lossCi95, avgRttMs: f.internetRttMs } }),
    probe('dns-system', { resolvers: [], outcomes: [{ server: '192.0.2.1', name: 'www.example.com', ms: f.dnsMs, kind: 'ok', addresses: ['198.51.100.80'] }], notes: [] }),
    ...(f.downloadMbps === null ? [] : [probe('throughput', { provider: 'http', server: 'http://198.51.100.80/', streams: 4, durationMs: 8000, download: { mbps: f.downloadMbps, bytes: 1, durationMs: 4000 }, upload: { mbps: f.uploadMbps, bytes: 1, durationMs: 4000 } })]),
    ...(f.loadIncreaseMs === null ? [] : [probe('loaded-latency', { target: '198.51.100.10', idleMs: f.internetRttMs, loadedMs: round1(f.internetRttMs + f.loadIncreaseMs), increaseMs: f.loadIncreaseMs, downloadMs: null, uploadMs: null, downloadIncreaseMs: null, uploadIncreaseMs: null })]),
    ...(plan.segment === 'unknown' ? [probe('https', {}, 'error')] : []),
  ];
  const segment = plan.segment;
  const report = {
    schemaVersion: 1,
    startedAt: plan.startedAt,
    durationMs: 4000 + (plan.index % 50) * 40,
    lang: 'en',
    quick: plan.index % 2 === 1,
    platform: { os: plan.os, release: plan.os === 'win32' ? '10.0.26100' : plan.os === 'darwin' ? '24.6.0' : '6.12.0', arch: 'x64' },
    verdict: {
      segment,
      headline: segment === 'none' ? en_.t('verdict.none.headline') : `Check ${plan.index}: ${en_.t(`segment.${segment}`)}`,
      summary: segment === 'unknown' ? en_.t('verdict.unknown.summary', { failed: 'https' }) : en_.t(`verdict.${segment}.summary`),
    },
    findings,
    probes,
    raw: [{ probe: 'gateway-ping', cmd: 'ping', args: ['-c', '100', '192.0.2.1'], exitCode: 0, stdout: `${f.gatewayLossPct}% packet loss\n`, stderr: '' }],
  };
  return reportSchema.parse(report);
}
