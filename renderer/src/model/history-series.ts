import type { HistoryEntry } from '../../../electron/ipc/contract.js';

// What the history page draws, computed from history.list's rows: one point per day (mean loss,
// latency and download of that day's checks) and one per hour of the day (how often a check
// found a problem then). Days and hours are the user's local ones: "every evening" is local.

/** One day of checks. A figure is null when no check that day measured it. */
export interface DayPoint {
  /** The local date, YYYY-MM-DD. */
  readonly day: string;
  readonly checks: number;
  /** Checks that found a problem somewhere (segment other than none). */
  readonly problems: number;
  readonly lossPct: number | null;
  readonly latencyMs: number | null;
  readonly downMbps: number | null;
}

/** One hour of the day across all days. */
export interface HourPoint {
  readonly hour: number;
  readonly checks: number;
  readonly problems: number;
  readonly lossPct: number | null;
}

/** The metrics the day chart shows. */
export const METRICS = ['lossPct', 'latencyMs', 'downMbps'] as const;
export type Metric = (typeof METRICS)[number];

function mean(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null);
  return v.length === 0 ? null : v.reduce((a, b) => a + b, 0) / v.length;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date's local day as YYYY-MM-DD. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const isProblem = (e: HistoryEntry): boolean => e.segment !== 'none';

/** The days that had checks, oldest first. */
export function dailySeries(entries: readonly HistoryEntry[]): DayPoint[] {
  const byDay = new Map<string, HistoryEntry[]>();
  for (const e of entries) {
    const day = localDay(new Date(e.startedAt));
    byDay.set(day, [...(byDay.get(day) ?? []), e]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => ({
      day,
      checks: list.length,
      problems: list.filter(isProblem).length,
      lossPct: mean(list.map((e) => e.lossPct)),
      latencyMs: mean(list.map((e) => e.latencyMs)),
      downMbps: mean(list.map((e) => e.downMbps)),
    }));
}

/** All 24 hours, each with the checks that started in it (local time). */
export function hourlyProfile(entries: readonly HistoryEntry[]): HourPoint[] {
  const hours: HistoryEntry[][] = Array.from({ length: 24 }, () => []);
  for (const e of entries) hours[new Date(e.startedAt).getHours()]!.push(e);
  return hours.map((list, hour) => ({
    hour,
    checks: list.length,
    problems: list.filter(isProblem).length,
    lossPct: mean(list.map((e) => e.lossPct)),
  }));
}

/** A number short enough for an axis, a tooltip or a table cell. */
export function short(n: number): string {
  // Number() drops trailing zeros: 0 stays "0", 0.50 becomes "0.5".
  return String(Number(n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2)));
}
