import type { MonitorResult } from './run-monitor.js';
import { eventSeconds } from './types.js';

/**
 * The file `homeline monitor --json` writes: a run's targets, events (ISO times) and figures.
 * `pingFailure` (with the note `ping-unusable`) says why ping was not used to watch, naming it.
 */
export function monitorJson(r: MonitorResult, notes: readonly string[], pingFailure?: string): object {
  const iso = (ms: number): string => new Date(ms).toISOString();
  return {
    format: 'homeline-monitor',
    formatVersion: 1,
    startedAt: iso(r.startedAt),
    endedAt: iso(r.endedAt),
    targets: r.targets,
    notes,
    ...(pingFailure === undefined ? {} : { pingFailure }),
    events: r.events.map((e) => ({ ...e, start: iso(e.start), end: e.end === null ? null : iso(e.end), seconds: eventSeconds(e) })),
    figures: r.figures,
    pausedMs: r.pausedMs,
    sleeps: r.sleeps,
  };
}
