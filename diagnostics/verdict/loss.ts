import type { PingStats } from '../net/ping/measure.js';
import { LOSS_THRESHOLDS as T } from '../net/ping/sequential-loss.js';
import type { PooledLoss } from '../probes/target-ping.js';

type LossFigures = Pick<PingStats, 'sent' | 'received' | 'lossPct' | 'lossCi95'> | PooledLoss;

/**
 * How much loss matters. The lower bound of the 95 % interval guards against calling a line lossy
 * on a handful of unlucky echoes; the thresholds follow what makes calls and remote desktops stutter.
 */
export function lossLevel(s: LossFigures | null | undefined): 'none' | 'minor' | 'problem' {
  if (!s || s.sent === 0 || s.received === 0) return 'none';
  const low = s.lossCi95[0];
  // The same thresholds stop the ping sampling once the interval has settled them.
  if (s.lossPct >= T.problemPct && low >= T.problemLowPct) return 'problem';
  if (s.lossPct >= T.minorPct && low > T.minorLowPct) return 'minor';
  return 'none';
}

/** True when echoes were sent and not one came back. */
export function silent(s: Pick<PingStats, 'sent' | 'received'> | null | undefined): boolean {
  return !!s && s.sent > 0 && s.received === 0;
}

/** Lost echoes, for evidence texts. */
export function lost(s: Pick<PingStats, 'sent' | 'received'>): number {
  return s.sent - s.received;
}
