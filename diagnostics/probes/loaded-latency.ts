import type { Probe } from '../engine/probe.js';
import { gradeIncrease, responsiveness, roundTripsPerMinute, type LoadGrade } from '../net/throughput/grade.js';
import type { LatencyReading } from '../net/throughput/provider.js';
import { throughputProbe } from './throughput.js';

/** How much one address slowed down while the line was busy. */
export interface LoadedReading {
  readonly target: string;
  readonly idleMs: number;
  /** The worse of the two directions. */
  readonly loadedMs: number;
  readonly increaseMs: number;
  readonly downloadMs: number | null;
  readonly uploadMs: number | null;
  readonly downloadIncreaseMs: number | null;
  readonly uploadIncreaseMs: number | null;
}

/** The contract's `loaded-latency` data: the line's figures flat, with grade, RPM and the router's figures. */
export interface LoadedLatencyData extends LoadedReading {
  readonly grade: LoadGrade;
  /** Round trips per minute under load (networkQuality's RPM) and its band. */
  readonly rpm: number;
  readonly responsiveness: 'low' | 'medium' | 'high';
  /** The home router under the same load; null when it was not measured. */
  readonly gateway: LoadedReading | null;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** Idle against loaded round trips; null when the idle figure or both loaded figures are missing. */
export function loadedReading(r: LatencyReading): LoadedReading | null {
  if (r.idleMs === null) return null;
  const loaded = [r.downloadMs, r.uploadMs].filter((v): v is number => v !== null);
  if (loaded.length === 0) return null;
  const rise = (v: number | null): number | null => (v === null ? null : round(Math.max(0, v - r.idleMs!)));
  const loadedMs = Math.max(...loaded);
  return {
    target: r.target,
    idleMs: r.idleMs,
    loadedMs,
    increaseMs: round(Math.max(0, loadedMs - r.idleMs)),
    downloadMs: r.downloadMs,
    uploadMs: r.uploadMs,
    downloadIncreaseMs: rise(r.downloadMs),
    uploadIncreaseMs: rise(r.uploadMs),
  };
}

/**
 * Latency under load (bufferbloat): how much the round trip beyond the home grows while the
 * throughput probe saturates the line, graded by GRADE_BANDS_MS. The pings ran during the
 * throughput probe's own transfers (or inside Ookla's), so this probe adds no time of its own.
 */
export const loadedLatencyProbe: Probe<LoadedLatencyData> = {
  id: 'loaded-latency',
  dependsOn: [throughputProbe],
  timeoutMs: 1000,
  slow: true,
  async run(ctx) {
    const tp = ctx.results.of(throughputProbe);
    const latency = tp?.data.latency;
    const line = latency ? loadedReading(latency.line) : null;
    if (!latency || line === null) {
      const why = tp?.status === 'skipped' ? `the throughput probe was skipped (${tp.error ?? ''})` : 'no round trips were measured idle and under load';
      return { status: 'skipped', data: {} as LoadedLatencyData, error: why };
    }
    const grade = gradeIncrease(line.increaseMs);
    const rpm = roundTripsPerMinute(line.loadedMs);
    const gateway = latency.gateway ? loadedReading(latency.gateway) : null;
    const data: LoadedLatencyData = { ...line, grade, rpm, responsiveness: responsiveness(rpm), gateway };
    return { status: grade === 'A+' || grade === 'A' || grade === 'B' ? 'ok' : 'warn', data };
  },
};
