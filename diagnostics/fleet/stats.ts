import { SEGMENTS, type Segment } from '../schema/report.js';
import { checkFigures, FIGURE_NAMES, wifiBand, type FigureName } from './figures.js';
import type { LoadedCheck } from './load-check.js';
import { problemReason, type LoadProblem } from './load-problem.js';
import { QuantileSketch, RELATIVE_ACCURACY, type Summary } from './quantile.js';
import { timeSlotReader, WEEKDAYS, type Weekday } from './time-slot.js';

/**
 * Counts and figures across many checks, gathered one check at a time. Memory is bounded whatever
 * the number of checks: fixed tables of counters, one quantile sketch per figure, at most
 * MAX_FINDING_KEYS distinct finding ids and the first MAX_LISTED unreadable files by name.
 */

/** Unreadable files listed by name; beyond this they are only counted. */
export const MAX_LISTED = 200;
/** Distinct finding ids counted apart; further ids (a foreign or damaged report) go to "other". */
export const MAX_FINDING_KEYS = 500;

export const ALL_SEGMENTS: readonly Segment[] = ['none', ...SEGMENTS, 'unknown'];
export const OS_KEYS = ['win32', 'darwin', 'linux', 'other'] as const;
export const BAND_KEYS = ['2.4GHz', '5GHz', '6GHz', 'none'] as const;

export interface UnreadableFile {
  readonly file: string;
  readonly reason: string;
  readonly problem: LoadProblem;
}

/** What `homeline stats` reports (also its JSON output). */
export interface FleetStats {
  readonly checks: number;
  readonly timeZone: string;
  /** Unreadable files: `reason` in English, `problem` to say it in another language. */
  readonly unreadable: { readonly count: number; readonly files: readonly UnreadableFile[] };
  readonly bySegment: Readonly<Record<Segment, number>>;
  /** Checks in which each finding appeared, most frequent first. */
  readonly byFinding: Readonly<Record<string, number>>;
  readonly byOs: Readonly<Record<(typeof OS_KEYS)[number], number>>;
  readonly byBand: Readonly<Record<(typeof BAND_KEYS)[number], number>>;
  /** Index = hour of the day, 0–23, in `timeZone`. */
  readonly byHour: readonly number[];
  readonly byWeekday: Readonly<Record<Weekday, number>>;
  readonly figures: Readonly<Record<FigureName, Summary | null>>;
  /** The relative accuracy of every median and percentile in `figures`. */
  readonly relativeAccuracy: number;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Adds checks and unreadable files one at a time; `result()` may be called at any point. */
export class StatsAccumulator {
  private checks = 0;
  private readonly unreadableFiles: UnreadableFile[] = [];
  private unreadableCount = 0;
  private readonly bySegment = zeros(ALL_SEGMENTS);
  private readonly byFinding = new Map<string, number>();
  private readonly byOs = zeros(OS_KEYS);
  private readonly byBand = zeros(BAND_KEYS);
  private readonly byHour = new Array<number>(24).fill(0);
  private readonly byWeekday = zeros(WEEKDAYS);
  private readonly sketches = new Map<FigureName, QuantileSketch>(FIGURE_NAMES.map((n) => [n, new QuantileSketch()]));
  private readonly slotOf: ReturnType<typeof timeSlotReader>;

  /** `timeZone` is an IANA name; an unknown one throws a RangeError here, before any file is read. */
  constructor(readonly timeZone: string) {
    this.slotOf = timeSlotReader(timeZone);
  }

  add(check: LoadedCheck): void {
    const r = check.report;
    this.checks++;
    this.bySegment[r.verdict.segment]++;
    // A finding that a report lists twice still counts the check once.
    for (const id of new Set(r.findings.map((f) => f.id))) {
      const key = this.byFinding.has(id) || this.byFinding.size < MAX_FINDING_KEYS ? id : 'other';
      this.byFinding.set(key, (this.byFinding.get(key) ?? 0) + 1);
    }
    const os = r.platform.os;
    this.byOs[os === 'win32' || os === 'darwin' || os === 'linux' ? os : 'other']++;
    this.byBand[wifiBand(r)]++;
    const slot = this.slotOf(r.startedAt);
    if (slot) {
      this.byHour[slot.hour] = (this.byHour[slot.hour] ?? 0) + 1;
      this.byWeekday[slot.weekday]++;
    }
    for (const [name, value] of Object.entries(checkFigures(r)) as [FigureName, number][]) this.sketches.get(name)?.add(value);
  }

  reject(file: string, problem: LoadProblem): void {
    this.unreadableCount++;
    if (this.unreadableFiles.length < MAX_LISTED) this.unreadableFiles.push({ file, reason: problemReason(problem), problem });
  }

  result(): FleetStats {
    return {
      checks: this.checks,
      timeZone: this.timeZone,
      unreadable: { count: this.unreadableCount, files: [...this.unreadableFiles] },
      bySegment: { ...this.bySegment },
      byFinding: Object.fromEntries([...this.byFinding].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
      byOs: { ...this.byOs },
      byBand: { ...this.byBand },
      byHour: [...this.byHour],
      byWeekday: { ...this.byWeekday },
      figures: Object.fromEntries(FIGURE_NAMES.map((n) => [n, this.sketches.get(n)?.summary() ?? null])) as Record<FigureName, Summary | null>,
      relativeAccuracy: RELATIVE_ACCURACY,
    };
  }
}
