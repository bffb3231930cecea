import type { FindingDraft } from '../verdict/finding-draft.js';
import type { HistoryPattern } from './patterns.js';

const hh = (h: number): string => `${String(h).padStart(2, '0')}:00`;

/**
 * A pattern's loss as whole percent, `8–12` or `9`: whole numbers read the same in English, German
 * and Swedish, so the value stays language-free.
 */
export function lossRangeText(p: HistoryPattern): string {
  const lo = Math.round(p.lossMinPct);
  const hi = Math.round(p.lossMaxPct);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** The values a pattern is cited with, in the finding's evidence and in the call script. */
export function patternVars(p: HistoryPattern): Record<string, string | number> {
  const base = { bad: p.badDays, days: p.days, loss: lossRangeText(p) };
  return p.kind === 'time-of-day'
    ? { ...base, from: hh(p.fromHour), to: hh(p.toHour) }
    : { ...base, weekday: `@history.weekdays.${p.weekday}` };
}

/**
 * Recurring loss is a finding of its own: a line that fails every evening is the provider's problem
 * even when the check right now is clean. A warning, so a problem measured now still comes first.
 */
export function patternFindings(patterns: readonly HistoryPattern[]): FindingDraft[] {
  return patterns.map((p) => ({
    id: p.kind === 'time-of-day' ? 'isp.time-of-day-pattern' : 'isp.weekday-pattern',
    segment: 'isp',
    severity: 'warning',
    evidence: [{ key: p.kind === 'time-of-day' ? 'historyTimeOfDay' : 'historyWeekday', vars: patternVars(p) }],
  }));
}
