import type { StoredEvent } from '../../diagnostics/history/monitor-event-rows.js';
import type { MonitorStateView, TimelineEvent } from '../ipc/contract.js';
import type { MonitorState } from './monitor-state.js';
import type { Report } from '../../diagnostics/schema/report.js';
import { levelOf } from '../tray/tray-level.js';
import type { TrayLevel } from '../ipc/contract.js';

/** A stored event as the timeline page shows it: ISO times, its length, and only its snapshot's verdict. */
export function timelineEntry(e: StoredEvent): TimelineEvent {
  const snap = e.snapshot;
  return {
    kind: e.kind,
    segment: e.segment,
    start: new Date(e.start).toISOString(),
    end: new Date(e.end).toISOString(),
    seconds: Math.max(0, (e.end - e.start) / 1000),
    lossPct: e.lossPct,
    medianRttMs: e.medianRttMs,
    providerHopSilent: e.providerHopSilent,
    snapshot: snap ? { headline: snap.verdict.headline, summary: snap.verdict.summary, segment: snap.verdict.segment, startedAt: snap.startedAt } : null,
  };
}

/**
 * The snapshot of the event that began at `startIso` (ms precision, as timelineEntry writes it),
 * as a whole report with its tray level; null when no such event has one.
 */
export function snapshotReport(events: readonly StoredEvent[], startIso: string): { report: Report; level: Exclude<TrayLevel, 'unknown'> } | null {
  const start = Date.parse(startIso);
  const snap = events.find((e) => e.start === start && e.snapshot !== undefined)?.snapshot;
  if (snap === undefined) return null;
  const report: Report = { ...snap, raw: [] };
  return { report, level: levelOf(report) };
}

/** The monitor's state as the contract carries it. */
export function monitorStateView(s: MonitorState): MonitorStateView {
  return {
    status: s.status,
    paused: s.paused,
    since: s.since === null ? null : new Date(s.since).toISOString(),
    dropoutsNow: s.dropoutsNow,
    ...(s.notes !== undefined && s.notes.length > 0 ? { notes: s.notes.map((n) => ({ ...n })) } : {}),
  };
}
