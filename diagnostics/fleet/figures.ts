import { extractFigures } from '../history/figures.js';
import type { Report } from '../schema/report.js';

/**
 * The measured figures of one check, read from the report's probe data. Reports come from any
 * version of Homeline (and any machine), so every field is read defensively: a probe that did not
 * run, or data of another shape, leaves the figure out instead of failing.
 */

/** The figures the fleet tools compare, count and export, in the order they are shown. */
export const FIGURE_NAMES = [
  'gatewayLossPct',
  'gatewayRttMs',
  'internetLossPct',
  'internetRttMs',
  'jitterMs',
  'dnsMs',
  'wifiSignalDbm',
  'downloadMbps',
  'uploadMbps',
  'loadIncreaseMs',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

/** The unit each figure is measured in (as printed and as exported). */
export const FIGURE_UNIT: Readonly<Record<FigureName, '%' | 'ms' | 'dBm' | 'Mbit/s'>> = {
  gatewayLossPct: '%',
  gatewayRttMs: 'ms',
  internetLossPct: '%',
  internetRttMs: 'ms',
  jitterMs: 'ms',
  dnsMs: 'ms',
  wifiSignalDbm: 'dBm',
  downloadMbps: 'Mbit/s',
  uploadMbps: 'Mbit/s',
  loadIncreaseMs: 'ms',
};

/** Whether a larger value of the figure is better (throughput, signal) or worse (loss, delay). */
export const HIGHER_IS_BETTER: Readonly<Record<FigureName, boolean>> = {
  gatewayLossPct: false,
  gatewayRttMs: false,
  internetLossPct: false,
  internetRttMs: false,
  jitterMs: false,
  dnsMs: false,
  wifiSignalDbm: true,
  downloadMbps: true,
  uploadMbps: true,
  loadIncreaseMs: false,
};

export type Figures = Partial<Record<FigureName, number>>;

/** The 95 % interval of a loss figure, when the report carries it (percent). */
export type LossIntervals = Partial<Record<'gatewayLossPct' | 'internetLossPct', readonly [number, number]>>;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined);
const finite = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const at = (v: unknown, ...path: string[]): unknown => path.reduce<unknown>((o, k) => obj(o)?.[k], v);
const interval = (v: unknown): readonly [number, number] | undefined => {
  if (!Array.isArray(v) || v.length !== 2) return undefined;
  const [lo, hi] = [finite(v[0]), finite(v[1])];
  return lo !== undefined && hi !== undefined ? [lo, hi] : undefined;
};

/** The data of the probe with `id`, when it ran (not skipped) and left data. */
export function probeData(report: Report, id: string): Obj | undefined {
  const p = report.probes.find((x) => x.id === id);
  return p && p.status !== 'skipped' ? p.data : undefined;
}

const mean = (xs: readonly number[]): number | undefined => (xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length);
function median(xs: readonly number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Every figure the report lets us read. */
export function checkFigures(report: Report): Figures {
  // The figures history keeps come from its extractor, so stats, diff and history never disagree;
  // only what history does not keep (jitter, lookup time, signal) is read here.
  const h = extractFigures(report);
  const tp = probeData(report, 'target-ping');
  const dns = probeData(report, 'dns-system');
  const wifi = probeData(report, 'wifi');
  const targets = Array.isArray(tp?.targets) ? tp.targets : [];
  const outcomes = Array.isArray(dns?.outcomes) ? dns.outcomes : [];
  const connected = at(wifi, 'facts', 'state') === 'connected';
  const out: Partial<Record<FigureName, number | null | undefined>> = {
    gatewayLossPct: h.gatewayLossPct,
    gatewayRttMs: h.gatewayAvgMs,
    internetLossPct: h.internetLossPct,
    internetRttMs: h.internetAvgMs,
    jitterMs: mean(targets.map((t) => finite(at(t, 'jitterMs'))).filter((x): x is number => x !== undefined)),
    // The system resolvers are what the user's programs wait for; failed lookups carry no time.
    dnsMs: median(outcomes.filter((o) => at(o, 'kind') === 'ok').map((o) => finite(at(o, 'ms'))).filter((x): x is number => x !== undefined)),
    wifiSignalDbm: connected ? finite(at(wifi, 'facts', 'signalDbm')) : undefined,
    downloadMbps: h.downloadMbps,
    uploadMbps: h.uploadMbps,
    // How much slower the line answers while it is busy (bufferbloat).
    loadIncreaseMs: h.loadedLatencyMs !== null && h.idleLatencyMs !== null ? Math.round((h.loadedLatencyMs - h.idleLatencyMs) * 10) / 10 : undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined && v !== null)) as Figures;
}

/** The loss intervals the report carries, so a diff can tell a real change from chance. */
export function lossIntervals(report: Report): LossIntervals {
  const gw = interval(at(probeData(report, 'gateway-ping'), 'stats', 'lossCi95'));
  const tp = interval(at(probeData(report, 'target-ping'), 'pooled', 'lossCi95'));
  return { ...(gw ? { gatewayLossPct: gw } : {}), ...(tp ? { internetLossPct: tp } : {}) };
}

/** The Wi-Fi band of the link the check ran on, or 'none' (cable, no Wi-Fi, not read). */
export function wifiBand(report: Report): '2.4GHz' | '5GHz' | '6GHz' | 'none' {
  const wifi = probeData(report, 'wifi');
  if (at(wifi, 'facts', 'state') !== 'connected') return 'none';
  const band = at(wifi, 'facts', 'band');
  return band === '2.4GHz' || band === '5GHz' || band === '6GHz' ? band : 'none';
}
