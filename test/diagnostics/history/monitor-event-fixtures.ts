import type { StoredEvent } from '../../../diagnostics/history/monitor-event-rows.js';

// Monitor events written for the tests (not recorded): a week of provider drop-outs, most in the evening (UTC).
/** A drop-out (by default: the provider, its first router answering) at `iso`, `seconds` long. */
export function ev(iso: string, seconds: number, over: Partial<StoredEvent> = {}): StoredEvent {
  const start = Date.parse(iso);
  return { kind: 'dropout', segment: 'isp', start, end: start + seconds * 1000, targets: ['internet-1', 'internet-2'], lossPct: 100, medianRttMs: null, providerHopSilent: false, ...over };
}

/** Six drop-outs and a bad spell in the week before 2026-11-23T19:30Z; four provider drop-outs between 19:00 and 22:00. */
export const WEEK: StoredEvent[] = [
  ev('2026-11-17T19:10:00Z', 5),
  ev('2026-11-18T20:30:00Z', 12, { providerHopSilent: true }),
  ev('2026-11-19T21:45:00Z', 40),
  ev('2026-11-20T08:00:00Z', 7),
  ev('2026-11-21T19:59:00Z', 9, { providerHopSilent: true }),
  ev('2026-11-22T12:00:00Z', 30, { segment: 'home', targets: ['router'], providerHopSilent: null }),
  ev('2026-11-22T13:00:00Z', 60, { kind: 'bad-spell', lossPct: 12 }),
];
