import { NO_FIGURES, type CheckFigures } from '../../../diagnostics/history/figures.js';
import type { HistoryRecord } from '../../../diagnostics/history/history-record.js';

/** A check at `iso` with the given figures; a lossy internet line makes it an `isp` check. */
export function check(iso: string, figures: Partial<CheckFigures> = {}): HistoryRecord {
  const f: CheckFigures = { ...NO_FIGURES, gatewayLossPct: 0, gatewayAvgMs: 2, internetLossPct: 0, internetSent: 100, internetReceived: 100, internetAvgMs: 20, dnsOk: true, ...figures };
  const lossy = (f.internetLossPct ?? 0) >= 2;
  return { startedAt: new Date(iso), segment: lossy ? 'isp' : 'none', findingIds: lossy ? ['isp.loss'] : [], figures: f };
}

/**
 * Two weeks of checks in UTC: one at noon every day (clean) and one at 20:00; the evening check
 * loses `eveningLoss(day)` % (0 = clean).
 */
export function twoWeeks(eveningLoss: (day: number) => number, lastDay = '2026-11-22'): HistoryRecord[] {
  const end = new Date(`${lastDay}T00:00:00Z`).getTime();
  const out: HistoryRecord[] = [];
  for (let day = 13; day >= 0; day--) {
    const date = new Date(end - day * 86_400_000).toISOString().slice(0, 10);
    const loss = eveningLoss(13 - day);
    out.push(check(`${date}T12:00:00Z`));
    out.push(check(`${date}T20:${String(day).padStart(2, '0')}:00Z`, loss > 0 ? { internetLossPct: loss, internetReceived: 100 - loss } : {}));
  }
  return out;
}
