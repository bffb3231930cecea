import type { LabReport } from './lab-report.js';

/** The throughput and loaded-latency figures of one lab report, read defensively (a probe may have failed). */
export interface ThroughputReading {
  readonly downMbps: number | null;
  readonly upMbps: number | null;
  readonly idleMs: number | null;
  readonly loadedMs: number | null;
  readonly increaseMs: number | null;
  readonly grade: string | null;
  readonly errors: string;
}

function probeData(report: LabReport, id: string): Record<string, unknown> {
  const p = report.probes.find((x) => x.id === id);
  return (p?.data ?? {}) as Record<string, unknown>;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const rate = (v: unknown): number | null => num((v as { mbps?: unknown } | undefined)?.mbps);

/** Reads the `throughput` and `loaded-latency` probes of a report. */
export function readThroughput(report: LabReport): ThroughputReading {
  const t = probeData(report, 'throughput');
  const l = probeData(report, 'loaded-latency');
  const p = report.probes.find((x) => x.id === 'throughput');
  return {
    downMbps: rate(t.download),
    upMbps: rate(t.upload),
    idleMs: num(l.idleMs),
    loadedMs: num(l.loadedMs),
    increaseMs: num(l.increaseMs),
    grade: typeof l.grade === 'string' ? l.grade : null,
    errors: [p?.status, ...(Array.isArray(t.errors) ? t.errors : [])].filter(Boolean).join('; '),
  };
}

/** Relative error of a measured rate against the shaped one (0.05 = 5 % off); null without a figure. */
export function rateError(measured: number | null, shaped: number): number | null {
  return measured === null ? null : (measured - shaped) / shaped;
}
