import { awaitsAttempt } from './outbox-item.js';
import { sendDue, type OutboxDeps } from './outbox.js';

/** The timer functions the scheduler uses; injected so tests drive time. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** A running retry loop for the desktop app. */
export interface OutboxScheduler {
  /** The network came back (or the computer woke up): send what is waiting now, Retry-After permitting. */
  networkBack(): Promise<void>;
  stop(): void;
}

/** Even with nothing due, look again this often: a script or a second app instance may have queued a ticket. */
const IDLE_CHECK_MS = 15 * 60_000;

/**
 * Keeps the outbox moving while the app runs: one timer set to the earliest next attempt, re-armed
 * after every round; `networkBack` runs a round at once. Rounds never overlap, and a failing round
 * (a full disk) is reported and retried at the next timer rather than stopping the loop.
 */
export function scheduleOutbox(deps: OutboxDeps, timers: Timers = globalThis, onError: (e: unknown) => void = () => {}): OutboxScheduler {
  const now = deps.now ?? Date.now;
  let handle: unknown;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  const arm = async (): Promise<void> => {
    if (stopped) return;
    const { items } = await deps.store.list();
    const next = items.filter(awaitsAttempt).map((i) => Date.parse(i.nextAttemptAt));
    const wait = next.length === 0 ? IDLE_CHECK_MS : Math.min(IDLE_CHECK_MS, Math.max(0, Math.min(...next) - now()));
    timers.clearTimeout(handle);
    handle = timers.setTimeout(() => void round('due'), wait);
  };
  const round = (mode: 'due' | 'now'): Promise<void> => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        await sendDue(deps, mode);
      } catch (e) {
        onError(e);
      }
      try {
        await arm();
      } catch (e) {
        onError(e);
        if (!stopped) handle = timers.setTimeout(() => void round('due'), IDLE_CHECK_MS);
      }
    });
    return running;
  };

  void round('due');
  return {
    networkBack: () => round('now'),
    stop() {
      stopped = true;
      timers.clearTimeout(handle);
    },
  };
}
