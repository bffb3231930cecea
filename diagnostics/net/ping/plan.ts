import type { OsKind } from '../../platform/os-kind.js';

/** One burst of echoes: `processes` ping runs in parallel, each `count` echoes `intervalMs` apart. */
export interface PingBurst {
  readonly processes: number;
  readonly count: number;
  readonly intervalMs: number;
}

/**
 * How loss is sampled. Stage 1 is short: 100 clean echoes already tell 5 % loss from 0 %
 * (0.95^100 < 1 %). Only when it sees some loss (but not all) does stage 2 send enough echoes to
 * measure it within a few percentage points.
 */
export interface PingPlan {
  readonly stage1: PingBurst;
  readonly stage2: PingBurst;
  readonly replyTimeoutMs: number;
}

/** Where interval limits differ, parallel processes make up the echo count. */
export const DEFAULT_PLANS: Readonly<Record<OsKind, PingPlan>> = {
  // iputils lets users send every 2 ms; 1400 echoes at 4 ms take under 6 s.
  linux: { stage1: { processes: 1, count: 100, intervalMs: 10 }, stage2: { processes: 1, count: 1400, intervalMs: 4 }, replyTimeoutMs: 1000 },
  // macOS lets users go down to 100 ms between echoes.
  darwin: { stage1: { processes: 4, count: 25, intervalMs: 100 }, stage2: { processes: 10, count: 50, intervalMs: 100 }, replyTimeoutMs: 1000 },
  // ping.exe sends one echo a second whatever it is told.
  win32: { stage1: { processes: 20, count: 5, intervalMs: 1000 }, stage2: { processes: 25, count: 12, intervalMs: 1000 }, replyTimeoutMs: 1000 },
};

/** The fallback when ping refuses a short interval (older iputils: 200 ms for users). */
export const SLOW_BURST: PingBurst = { processes: 4, count: 25, intervalMs: 200 };
