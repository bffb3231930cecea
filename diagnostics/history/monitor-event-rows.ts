import type { SQLInputValue } from 'node:sqlite';
import type { MonitorEvent } from '../monitor/types.js';

/** A monitor event as history keeps it: one that has ended. */
export type StoredEvent = MonitorEvent & { readonly end: number };

/** The columns of `monitor_events` after its id, in the order rowValues gives them. */
export const EVENT_COLUMNS = ['kind', 'segment', 'start_at', 'end_at', 'targets', 'loss_pct', 'median_rtt_ms', 'provider_hop_silent'] as const;

/** The values of one event in the order of EVENT_COLUMNS. */
export function eventRowValues(e: StoredEvent): SQLInputValue[] {
  return [e.kind, e.segment, e.start, e.end, JSON.stringify(e.targets), e.lossPct, e.medianRttMs, e.providerHopSilent === null ? null : e.providerHopSilent ? 1 : 0];
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
  return {
    kind: row.kind as StoredEvent['kind'],
    segment: row.segment as StoredEvent['segment'],
    start,
    end,
    targets,
    lossPct: loss,
    medianRttMs: num(row.median_rtt_ms),
    providerHopSilent: hop === null ? null : hop !== 0,
  };
}
