// When enough echoes have been sent: after each batch the 95 % interval of the loss is compared
// with the thresholds the verdict uses (verdict/loss.ts reads them from here). Pure arithmetic,
// no I/O, so the rule is tested on counts rather than on a lossy line's timing.
import { wilsonInterval } from './stats.js';

/** The verdict's loss thresholds, in percent (see lossLevel in verdict/loss.ts). */
export const LOSS_THRESHOLDS = {
  /** From here loss is a problem, when the interval's lower bound also reaches `problemLowPct`. */
  problemPct: 2,
  problemLowPct: 1,
  /** From here loss is minor, when the lower bound is above `minorLowPct`. */
  minorPct: 0.5,
  minorLowPct: 0.1,
} as const;

/** How certain the loss must be before the sampling stops. */
export interface SequentialLossRule {
  /** Loss the verdict calls a problem, in percent. */
  readonly problemPct: number;
  /** A lossy line is sampled until its interval is at most ± this wide, so the cited figure is this good. */
  readonly maxHalfWidthPct: number;
}

/**
 * The problem threshold, and a 95 % interval of ±2 points. Issue #18 asks for figures within ±3
 * points; stopping at ±3 would leave one run in twenty outside them (and the lab's several loss
 * scenarios failing together about one run in four), so the interval stops at ±2, which keeps a
 * ±3 miss near 1 % (the 1500-echo cap bounds it at about ±2.3 for 30 % loss).
 */
export const DEFAULT_LOSS_RULE: SequentialLossRule = { problemPct: LOSS_THRESHOLDS.problemPct, maxHalfWidthPct: 2 };

/**
 * What the echoes so far say: 'clean' when even the interval's upper bound is below the problem
 * threshold (the verdict cannot call it a problem, however many more are sent), 'lossy' when its
 * lower bound is at or above it and the interval is narrow enough to cite, 'open' otherwise.
 * The interval is stats.ts's Wilson interval, the one the report prints.
 */
export function lossCall(lost: number, sent: number, rule: SequentialLossRule = DEFAULT_LOSS_RULE): 'clean' | 'lossy' | 'open' {
  if (!(sent > 0)) return 'open';
  const [lo, hi] = wilsonInterval(lost, sent);
  if (hi < rule.problemPct) return 'clean';
  if (lo >= rule.problemPct && (hi - lo) / 2 <= rule.maxHalfWidthPct) return 'lossy';
  return 'open';
}

/** `count` split into at most `parts` nearly equal positive parts, larger ones first. */
export function splitCount(count: number, parts: number): number[] {
  const n = Math.max(1, Math.min(Math.floor(parts), count));
  if (!(count > 0)) return [];
  return Array.from({ length: n }, (_, i) => Math.floor(count / n) + (i < count % n ? 1 : 0));
}
