import type { HistoryRecord } from './history-record.js';
import { localSlots, type LocalSlot } from './local-time.js';

/** Loss beyond a clean router on most days within the same hours, e.g. 19:00–22:00. */
export interface TimeOfDayPattern {
  readonly kind: 'time-of-day';
  /** Local hours: from `fromHour`:00 up to `toHour`:00 (may wrap past midnight). */
  readonly fromHour: number;
  readonly toHour: number;
  /** Days with a lossy check in those hours, of the days checked in those hours. */
  readonly badDays: number;
  readonly days: number;
  readonly lossMinPct: number;
  readonly lossMaxPct: number;
}

/** Loss beyond a clean router on most of one weekday, and rarely on the others. */
export interface WeekdayPattern {
  readonly kind: 'weekday';
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
  readonly badDays: number;
  readonly days: number;
  readonly lossMinPct: number;
  readonly lossMaxPct: number;
}

export type HistoryPattern = TimeOfDayPattern | WeekdayPattern;

export interface PatternOptions {
  readonly now: Date;
  /** IANA zone the user lives in; default: this machine's. */
  readonly timeZone?: string;
}

/** A check counts as "the line lost packets": ≥ 2 % lost beyond a router that lost (almost) none. */
const LOSSY_PCT = 2;
export const isLossyLine = (r: HistoryRecord): boolean =>
  (r.figures.internetLossPct ?? 0) >= LOSSY_PCT && (r.figures.gatewayLossPct ?? 0) < 1;

/** Time-of-day patterns look at two weeks (the kit says "of the last 14 evenings"), weekdays at eight. */
const TIME_OF_DAY_DAYS = 14;
const WEEKDAY_DAYS = 56;
/** How much history a caller must pass for every pattern to be found. */
export const PATTERN_LOOKBACK_DAYS = WEEKDAY_DAYS;
const DAY_MS = 86_400_000;

interface Slotted {
  readonly r: HistoryRecord;
  readonly s: LocalSlot;
  readonly bad: boolean;
}

function lossRange(list: readonly Slotted[]): { lossMinPct: number; lossMaxPct: number } {
  const losses = list.filter((x) => x.bad).map((x) => x.r.figures.internetLossPct ?? 0);
  return { lossMinPct: Math.min(...losses), lossMaxPct: Math.max(...losses) };
}

const dates = (list: readonly Slotted[]): number => new Set(list.map((x) => x.s.date)).size;

/**
 * The hours (a window of 1–6, possibly across midnight) in which loss recurs: at least 3 days and
 * half of the days checked in that window were lossy, while checks outside it were mostly clean
 * (at most one in five lossy, and at least 3 of them, so there is something to compare with).
 * Of the qualifying windows: most lossy days, then the narrowest.
 */
function timeOfDay(list: readonly Slotted[]): TimeOfDayPattern | null {
  let best: (TimeOfDayPattern & { ratio: number; len: number }) | null = null;
  for (let len = 1; len <= 6; len++) {
    for (let from = 0; from < 24; from++) {
      const inside = list.filter((x) => (x.s.hour - from + 24) % 24 < len);
      const outside = list.filter((x) => (x.s.hour - from + 24) % 24 >= len);
      const badInside = inside.filter((x) => x.bad);
      const badDays = dates(badInside);
      const days = dates(inside);
      const outsideBad = outside.filter((x) => x.bad).length;
      if (badDays < 3 || badDays / days < 0.5 || outside.length < 3 || outsideBad / outside.length > 0.2) continue;
      const ratio = badDays / days;
      if (best && (badDays < best.badDays || (badDays === best.badDays && (len > best.len || (len === best.len && ratio <= best.ratio))))) continue;
      best = { kind: 'time-of-day', fromHour: from, toHour: (from + len) % 24, badDays, days, ...lossRange(inside), ratio, len };
    }
  }
  if (!best) return null;
  const { ratio: _r, len: _l, ...pattern } = best;
  return pattern;
}

/** A weekday with loss on at least 3 days and 60 % of those checked, other days at most one in five. */
function weekday(list: readonly Slotted[]): WeekdayPattern | null {
  let best: WeekdayPattern | null = null;
  for (let w = 0; w < 7; w++) {
    const on = list.filter((x) => x.s.weekday === w);
    const off = list.filter((x) => x.s.weekday !== w);
    const badDays = dates(on.filter((x) => x.bad));
    const days = dates(on);
    const offDays = dates(off);
    const offBadDays = dates(off.filter((x) => x.bad));
    if (badDays < 3 || badDays / days < 0.6 || offDays < 6 || offBadDays / offDays > 0.2) continue;
    if (best && badDays <= best.badDays) continue;
    best = { kind: 'weekday', weekday: w, badDays, days, ...lossRange(on) };
  }
  return best;
}

/** The recurring patterns in a history (oldest first or not); none when the history is too thin. */
export function findPatterns(records: readonly HistoryRecord[], o: PatternOptions): HistoryPattern[] {
  const slot = localSlots(o.timeZone);
  const within = (days: number): Slotted[] =>
    records
      .filter((r) => r.startedAt.getTime() <= o.now.getTime() && r.startedAt.getTime() > o.now.getTime() - days * DAY_MS)
      .map((r) => ({ r, s: slot(r.startedAt), bad: isLossyLine(r) }));
  const found: HistoryPattern[] = [];
  const t = timeOfDay(within(TIME_OF_DAY_DAYS));
  if (t) found.push(t);
  const w = weekday(within(WEEKDAY_DAYS));
  if (w) found.push(w);
  return found;
}
