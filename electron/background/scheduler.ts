import type { TrayLevel } from '../ipc/contract.js';
import { isWorse } from '../tray/tray-level.js';

/** Timers and clock, injected so tests drive time by hand. */
export interface TimerPort {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

/** What the scheduler needs from the app. */
export interface SchedulerPorts {
  readonly timers: TimerPort;
  /** Runs a light (quick) check in the background; answers the tray level before and after. */
  readonly check: () => Promise<{ readonly previous: TrayLevel; readonly level: TrayLevel }>;
  /** Tells the user that things got worse (a system notification). */
  readonly notifyWorse: (previous: TrayLevel, level: TrayLevel) => void;
  /** A background check that could not run; logged, never shown as a connection problem. */
  readonly onError: (e: unknown) => void;
}

export interface ScheduleConfig {
  /** Time between regular background checks. */
  readonly intervalMs: number;
  /** How long to wait after a network change before checking (addresses and routes settle). */
  readonly settleMs: number;
  /** No background check sooner than this after the previous one, however often the network flaps. */
  readonly minGapMs: number;
}

/** Light checks every 30 minutes, 10 s after a network change, never more than once a minute. */
export const DEFAULT_SCHEDULE: ScheduleConfig = { intervalMs: 30 * 60_000, settleMs: 10_000, minGapMs: 60_000 };

/**
 * Background checks on a schedule and after network changes, notifying only when the result got
 * worse than the one before (good → degraded, degraded → down): a connection that stays bad is
 * shown by the tray icon, not repeated in notifications every half hour.
 */
export class BackgroundScheduler {
  private timer: unknown = null;
  private lastRunAt = Number.NEGATIVE_INFINITY;
  private active = false;

  constructor(
    private readonly ports: SchedulerPorts,
    private readonly config: ScheduleConfig = DEFAULT_SCHEDULE,
  ) {}

  /** Starts the regular checks; the first one comes after one interval. */
  start(): void {
    if (this.active) return;
    this.active = true;
    this.arm(this.config.intervalMs);
  }

  /** Stops all background checks (settings off, app quitting). */
  stop(): void {
    this.active = false;
    this.disarm();
  }

  get running(): boolean {
    return this.active;
  }

  /** The network changed (new address, Wi-Fi switched, waking from sleep): check once it settled. */
  networkChanged(): void {
    if (!this.active) return;
    const sinceLast = this.ports.timers.now() - this.lastRunAt;
    this.arm(Math.max(this.config.settleMs, this.config.minGapMs - sinceLast));
  }

  private disarm(): void {
    if (this.timer !== null) this.ports.timers.clear(this.timer);
    this.timer = null;
  }

  private arm(ms: number): void {
    this.disarm();
    this.timer = this.ports.timers.set(() => {
      this.timer = null;
      void this.tick();
    }, ms);
  }

  private async tick(): Promise<void> {
    this.lastRunAt = this.ports.timers.now();
    try {
      const { previous, level } = await this.ports.check();
      if (isWorse(previous, level)) this.ports.notifyWorse(previous, level);
    } catch (e) {
      this.ports.onError(e);
    }
    if (this.active && this.timer === null) this.arm(this.config.intervalMs);
  }
}
