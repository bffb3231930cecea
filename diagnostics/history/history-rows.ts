import type { SQLInputValue } from 'node:sqlite';
import { segmentSchema } from '../schema/report.js';
import { FIGURE_KEYS, type CheckFigures } from './figures.js';
import type { HistoryRecord } from './history-record.js';

/** `gatewayLossPct` → `gateway_loss_pct`: figure columns are named after the figures. */
const column = (key: string): string => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const FIGURE_COLUMNS: readonly string[] = FIGURE_KEYS.map(column);

/** The values of one record in the order of `started_at, segment, finding_ids, ...FIGURE_COLUMNS`. */
export function rowValues(r: HistoryRecord): SQLInputValue[] {
  const figures = FIGURE_KEYS.map((k) => {
    const v = r.figures[k];
    return typeof v === 'boolean' ? (v ? 1 : 0) : v;
  });
  return [r.startedAt.getTime(), r.segment, JSON.stringify(r.findingIds), ...figures];
}

const TEXT_FIGURES: ReadonlySet<string> = new Set(['ispHop', 'dnsFailedServer', 'dnsFailedOutcome', 'dnsFailedOwner', 'mediaCallOwner']);

/** A row back into a record; values that make no sense (a foreign write) become "not measured". */
export function recordFromRow(row: Record<string, unknown>): HistoryRecord {
  const figures: Record<string, unknown> = {};
  for (const key of FIGURE_KEYS) {
    const v = row[column(key)];
    if (key === 'dnsOk' || key === 'dnsPublicOk') figures[key] = v === null || v === undefined ? null : Number(v) === 1;
    else if (TEXT_FIGURES.has(key)) figures[key] = typeof v === 'string' ? v : null;
    else figures[key] = typeof v === 'number' || typeof v === 'bigint' ? Number(v) : null;
  }
  let findingIds: string[] = [];
  try {
    const parsed: unknown = JSON.parse(String(row.finding_ids));
    if (Array.isArray(parsed)) findingIds = parsed.map(String);
  } catch {
    // a damaged list only loses the ids, not the figures
  }
  const segment = segmentSchema.safeParse(row.segment);
  return {
    startedAt: new Date(Number(row.started_at)),
    segment: segment.success ? segment.data : 'unknown',
    findingIds,
    figures: figures as unknown as CheckFigures,
  };
}
