import type { SQLInputValue } from 'node:sqlite';
import type { MonitorEvent } from '../monitor/types.js';
import { reportSchema, type Report } from '../schema/report.js';

/** The quick check taken when an event began: the report without its raw command output (size). */
export type EventSnapshot = Omit<Report, 'raw'>;
const snapshotSchema = reportSchema.omit({ raw: true });

/** A monitor event as history keeps it: one that has ended, with its snapshot if one was taken. */
export type StoredEvent = MonitorEvent & { readonly end: number; readonly snapshot?: EventSnapshot };

/** The columns of `monitor_events` after its id, in the order rowValues gives them. */
export const EVENT_COLUMNS = ['kind', 'segment', 'start_at', 'end_at', 'targets', 'loss_pct', 'median_rtt_ms', 'provider_hop_silent', 'snapshot'] as const;

/** The values of one event in the order of EVENT_COLUMNS. */
export function eventRowValues(e: StoredEvent): SQLInputValue[] {
  return [e.kind, e.segment, e.start, e.end, JSON.stringify(e.targets), e.lossPct, e.medianRttMs, e.providerHopSilent === null ? null : e.providerHopSilent ? 1 : 0, e.snapshot ? JSON.stringify(e.snapshot) : null];
}

const KINDS = new Set(['dropout', 'bad-spell']);
const SEGMENTS = new Set(['home', 'isp', 'vpn']);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'bigint' ? Number(v) : null);

/** A row back into an event; null for a row this Homeline cannot read (a foreign or newer write): it is skipped, not guessed. */
export function eventFromRow(row: Record<string, unknown>): StoredEvent | null {
  const start = num(row.start_at);
  const end = num(row.end_at);
  const loss = num(row.loss_pct);
  if (typeof row.kind !== 'string' || !KINDS.has(row.kind) || typeof row.segment !== 'string' || !SEGMENTS.has(row.segment)) return null;
  if (start === null || end === null || end < start || loss === null) return null;
  let targets: unknown;
  try {
    targets = JSON.parse(String(row.targets));
  } catch {
    return null;
  }
  if (!Array.isArray(targets) || !targets.every((x) => typeof x === 'string')) return null;
  const hop = num(row.provider_hop_silent);
  const snapshot = readSnapshot(row.snapshot);
  return {
    kind: row.kind as StoredEvent['kind'],
    segment: row.segment as StoredEvent['segment'],
    start,
    end,
    targets,
    lossPct: loss,
    medianRttMs: num(row.median_rtt_ms),
    providerHopSilent: hop === null ? null : hop !== 0,
    ...(snapshot ? { snapshot } : {}),
  };
}

/** A stored snapshot, or null when there is none or it does not read as a report (the event is kept without it). */
function readSnapshot(text: unknown): EventSnapshot | null {
  if (typeof text !== 'string') return null;
  try {
    const parsed = snapshotSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
