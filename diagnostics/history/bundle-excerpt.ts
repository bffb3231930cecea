import type { HistoryRow } from '../bundle/history-row.js';
import type { HistoryRecord } from './history-record.js';

/** How far back a bundle's history excerpt reaches, and at most how many checks it carries. */
export const EXCERPT_DAYS = 14;
export const EXCERPT_MAX_ROWS = 200;

/**
 * The short history excerpt a bundle carries: the last two weeks of checks (newest last), enough
 * for a support agent to see "every evening" without the user's whole history leaving the machine.
 */
export function historyExcerpt(records: readonly HistoryRecord[], now: Date): HistoryRow[] {
  const from = now.getTime() - EXCERPT_DAYS * 86_400_000;
  return records
    .filter((r) => r.startedAt.getTime() >= from && r.startedAt.getTime() <= now.getTime())
    .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())
    .slice(-EXCERPT_MAX_ROWS)
    .map((r) => ({ at: r.startedAt.toISOString(), segment: r.segment, findingIds: [...r.findingIds], figures: { ...r.figures } }));
}
