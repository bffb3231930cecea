import type { DetectorChange } from '../../diagnostics/monitor/detector.js';
import type { MonitorStatus } from '../../diagnostics/monitor/run-monitor.js';
import { eventKey, SnapshotTaker } from '../../diagnostics/monitor/snapshots.js';
import type { MonitorEvent } from '../../diagnostics/monitor/types.js';
import type { EventSnapshot, StoredEvent } from '../../diagnostics/history/monitor-event-rows.js';
import { DropoutNotifier, type DropoutSummary } from './dropout-notifier.js';
import { MONITOR_OFF, type MonitorNote, type MonitorState } from './monitor-state.js';

/** What one watch reports back while it runs. */
export interface WatchCallbacks {
  readonly signal: AbortSignal;
  /** What target discovery noted (no gateway, ping unusable…), before watching or giving up. */
  readonly onDiscovered: (notes: readonly MonitorNote[]) => void;
  /** The targets were found and probing begins. */
  readonly onWatching: () => void;
  readonly onChange: (c: DetectorChange) => void;
  readonly onTick: (s: MonitorStatus) => void;
}

/**
 * What the service needs: a watch (the engine's discoverTargets + runMonitor in the app, a fake in
 * tests), where events are kept, the snapshot check, the notification, and a clock.
 */
export interface MonitorServicePorts {
  /**
   * Watches until `signal` aborts. Resolves with the events of the run (those still going on at the
   * end closed then), or 'no-targets' when there was nothing to watch.
   */
  readonly watch: (cb: WatchCallbacks) => Promise<readonly MonitorEvent[] | 'no-targets'>;
  /** Keeps one finished event (the history store); a failure is warned, never stops the monitor. */
  readonly store: (e: StoredEvent) => void;
  /** The quick check kept with an event as it begins (rate-limited by SnapshotTaker). */
  readonly snapshot?: () => Promise<EventSnapshot>;
  readonly notify: (s: DropoutSummary) => void;
  readonly onState?: (s: MonitorState) => void;
  readonly warn: (line: string) => void;
  readonly now: () => number;
  /** Notification gap, for tests (default 15 min). */
  readonly notifyGapMs?: number;
}

/**
 * The tray app's connection monitor: runs the engine's monitor while switched on, keeps every
 * finished event (with its snapshot) in history as it ends, so quitting loses nothing already
 * seen, and tells the user once (not per drop-out) when the line keeps dropping.
 */
export class MonitorService {
  private current: MonitorState = MONITOR_OFF;
  private run: { stop: AbortController; done: Promise<void> } | null = null;
  private readonly notifier: DropoutNotifier;

  constructor(private readonly ports: MonitorServicePorts) {
    this.notifier = new DropoutNotifier(ports.notify, ports.notifyGapMs);
  }

  get state(): MonitorState {
    return this.current;
  }

  get running(): boolean {
    return this.run !== null;
  }

  /** Starts watching (no-op when already watching). */
  start(): void {
    if (this.run !== null) return;
    const stop = new AbortController();
    this.set({ status: 'starting', paused: null, since: this.ports.now(), dropoutsNow: 0 });
    this.run = { stop, done: this.watch(stop.signal) };
  }

  /** Stops watching and waits until every event seen has been kept. */
  async stop(): Promise<void> {
    const run = this.run;
    if (run === null) return;
    run.stop.abort();
    await run.done;
    if (this.run === run) this.run = null;
    this.set(MONITOR_OFF);
  }

  private set(s: MonitorState): void {
    this.current = s;
    this.ports.onState?.(s);
  }

  private async watch(signal: AbortSignal): Promise<void> {
    const p = this.ports;
    const snapshots = p.snapshot ? new SnapshotTaker(p.snapshot, p.now) : null;
    const kept = new Set<string>();
    let writes: Promise<void> = Promise.resolve();
    const keep = (e: MonitorEvent): void => {
      const key = eventKey(e);
      if (e.end === null || kept.has(key)) return;
      const end = e.end;
      kept.add(key);
      if (e.kind === 'dropout') this.notifier.dropout(end, (end - e.start) / 1000, e.segment);
      writes = writes.then(async () => {
        const snapshot = (await snapshots?.of(e)) ?? null;
        try {
          p.store({ ...e, end, ...(snapshot ? { snapshot } : {}) });
        } catch (err) {
          p.warn(`monitor: an event could not be kept: ${err instanceof Error ? err.message : String(err)}`);
        }
      });
    };
    const since = this.current.since;
    // Discovery's notes stay with every state of this watch (the page shows them beside it).
    let notes: readonly MonitorNote[] = [];
    const set = (s: MonitorState): void => this.set(notes.length > 0 ? { ...s, notes } : s);
    try {
      const result = await p.watch({
        signal,
        onDiscovered: (n) => {
          notes = n;
          if (!signal.aborted) set(this.current);
        },
        onWatching: () => set({ status: 'watching', paused: null, since, dropoutsNow: 0 }),
        onChange: (c) => {
          if (c.type === 'began') snapshots?.began(c.event);
          else keep(c.event);
        },
        onTick: (s) => {
          if (signal.aborted) return;
          const dropoutsNow = s.current.filter((e) => e.kind === 'dropout').length;
          const next: MonitorState = { status: s.paused ? 'paused' : 'watching', paused: s.paused, since, dropoutsNow };
          if (next.status !== this.current.status || next.paused !== this.current.paused || next.dropoutsNow !== this.current.dropoutsNow) set(next);
        },
      });
      if (result === 'no-targets') set({ ...MONITOR_OFF, status: 'unavailable' });
      else result.forEach(keep);
    } catch (e) {
      p.warn(`monitor: stopped: ${e instanceof Error ? e.message : String(e)}`);
      this.set({ ...MONITOR_OFF, status: 'unavailable' });
    }
    await writes;
  }
}
