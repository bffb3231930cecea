import type { PingStats } from '../net/ping/measure.js';
import { LOSS_THRESHOLDS as T } from '../net/ping/sequential-loss.js';

export type LossFigures = LossCounts & { readonly lossPct: number };

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

/** Packets sent and answered, with the loss's 95 % interval: ping figures, pooled or not, and TCP's. */
export interface LossCounts {
  readonly sent: number;
  readonly received: number;
  readonly lossCi95: readonly [number, number];
}

/** How unlikely `fewer` losing so few must be, were both losing at one shared rate, to call it clearly cleaner. */
const CLEARLY_LESS_P = 0.025;

/** P(X ≤ k) for X ~ Binomial(n, p), summed in log space so that hundreds of trials stay exact enough. */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k >= n || p <= 0) return 1;
  if (p >= 1) return k >= n ? 1 : 0;
  let logTerm = n * Math.log1p(-p); // k = 0
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log((n - i + 1) / i) + Math.log(p) - Math.log1p(-p);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
}

/**
 * Whether `fewer` lost clearly less than `more`: their 95 % intervals do not touch, or (the
 * sharper test where one side has few samples, e.g. 0 of 270 TCP handshakes against 2 % of 2000
 * pings) `fewer` losing so little would have a chance under 2.5 % if both lost at their pooled
 * rate (a one-sided exact binomial test). A handshake and an echo are both lost when either of
 * their two packets is, so their rates compare directly.
 */
/** Loss share of the lossier side below which the exact test may call the other side cleaner. */
const EXACT_TEST_BELOW = 0.05;

export function clearlyLessLoss(fewer: LossCounts, more: LossCounts): boolean {
  if (fewer.sent === 0 || more.sent === 0) return false;
  if (fewer.lossCi95[1] < more.lossCi95[0]) return true;
  const lostFewer = fewer.sent - fewer.received;
  const lostMore = more.sent - more.received;
  if (lostFewer / fewer.sent >= lostMore / more.sent) return false;
  // The exact test is for small loss, where intervals of a few hundred samples cannot part. From
  // 5 % up the intervals part whenever the difference is real, and the exact test only added its
  // own false calls: a 10 % line whose handshakes happened to lose few read as "ping
  // deprioritised" (none) in one lab run.
  if (lostMore / more.sent >= EXACT_TEST_BELOW) return false;
  const pooled = (lostFewer + lostMore) / (fewer.sent + more.sent);
  return binomialCdf(lostFewer, fewer.sent, pooled) < CLEARLY_LESS_P;
}
