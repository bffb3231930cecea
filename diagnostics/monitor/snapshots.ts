import type { EventSnapshot } from '../history/monitor-event-rows.js';
import type { MonitorEvent } from './types.js';

/** At most one snapshot per this long: a line that flaps must not run a check every few seconds. */
export const SNAPSHOT_GAP_MS = 5 * 60_000;

/** Which event a snapshot belongs to: its kind, segment and start. */
export const eventKey = (e: MonitorEvent): string => `${e.kind}:${e.segment}:${e.start}`;

/**
 * Takes a quick check when a drop-out or bad spell begins, so the report of that moment (Wi-Fi
 * radio facts included) is kept with the event: at most one every SNAPSHOT_GAP_MS and never two
 * at once. A check that fails leaves the event without a snapshot; it never stops the monitor.
 */
export class SnapshotTaker {
  private last = Number.NEGATIVE_INFINITY;
  private running = false;
  private readonly pending = new Map<string, Promise<EventSnapshot | null>>();

  constructor(
    private readonly take: () => Promise<EventSnapshot>,
    private readonly now: () => number = Date.now,
    private readonly gapMs = SNAPSHOT_GAP_MS,
  ) {}

  /** An event began: take a snapshot now unless one was taken lately or is still running. */
  began(e: MonitorEvent): void {
    const t = this.now();
    if (t - this.last < this.gapMs || this.running) return;
    this.last = t;
    this.running = true;
    const snap = this.take()
      .catch(() => null)
      .finally(() => (this.running = false));
    this.pending.set(eventKey(e), snap);
  }

  /** The event's snapshot once it is done (null: none was taken for it); forgets it. */
  async of(e: MonitorEvent): Promise<EventSnapshot | null> {
    const key = eventKey(e);
    const p = this.pending.get(key);
    if (p === undefined) return null;
    const snap = await p;
    this.pending.delete(key);
    return snap;
  }
}
