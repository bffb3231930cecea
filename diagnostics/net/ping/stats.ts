// Pure arithmetic for loss and latency figures; no I/O, no Node built-ins.

const Z95 = 1.959964;

/**
 * Wilson score 95 % interval for `lost` out of `n`, in percent with one decimal. Unlike the plain
 * p ± 1.96·sd it stays inside 0–100 and is honest at 0 and 100 % loss; with no echoes it is 0–100.
 */
export function wilsonInterval(lost: number, n: number): [number, number] {
  if (!(n > 0) || !Number.isFinite(n)) return [0, 100];
  const p = Math.min(Math.max(lost / n, 0), 1);
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // Round outwards, so the printed interval still contains the true one.
  const lo = Math.floor(Math.max(centre - half, 0) * 1000 + 1e-9) / 10;
  const hi = Math.ceil(Math.min(centre + half, 1) * 1000 - 1e-9) / 10;
  return [lo, hi];
}

/** Mean absolute difference of consecutive round trips (RFC 3550's jitter, unsmoothed); ms. */
export function jitter(rtts: readonly number[]): number | null {
  return jitterOfStreams([rtts]);
}

/**
 * Jitter over several independent streams (parallel ping processes): differences are taken only
 * between consecutive replies of the same stream, never across two processes' interleaving.
 */
export function jitterOfStreams(streams: readonly (readonly number[])[]): number | null {
  let sum = 0;
  let pairs = 0;
  for (const s of streams) {
    for (let i = 1; i < s.length; i++) {
      sum += Math.abs(s[i]! - s[i - 1]!);
      pairs++;
    }
  }
  return pairs === 0 ? null : round2(sum / pairs);
}

/** The q-quantile (0..1) of the values by nearest rank, so it is always one of the values. */
export function percentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(Math.min(Math.max(q, 0), 1) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

/** Two decimals: what a latency figure needs. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Loss in percent with one decimal; 0 when nothing was sent (the interval then says 0–100). */
export function lossPercent(lost: number, sent: number): number {
  return sent > 0 ? Math.round((1000 * lost) / sent) / 10 : 0;
}
