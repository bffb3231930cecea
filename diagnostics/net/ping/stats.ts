/**
 * Wilson score 95 % interval for `lost` out of `n`, in percent with one decimal. Unlike the plain
 * p ± 1.96·sd it stays inside 0–100 and is honest at 0 and at 100 % loss.
 */
export function wilsonInterval(lost: number, n: number): [number, number] {
  if (n <= 0) return [0, 100];
  const z = 1.96;
  const p = lost / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  const round = (x: number): number => Math.round(Math.min(Math.max(x, 0), 1) * 1000) / 10;
  return [round(centre - half), round(centre + half)];
}

/** Mean absolute difference of consecutive round trips (RFC 3550's jitter, unsmoothed). */
export function jitter(rtts: readonly number[]): number | null {
  if (rtts.length < 2) return null;
  let sum = 0;
  for (let i = 1; i < rtts.length; i++) sum += Math.abs(rtts[i]! - rtts[i - 1]!);
  return round2(sum / (rtts.length - 1));
}

/** The q-quantile (0..1) of the values, nearest rank. */
export function percentile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Two decimals: what a latency figure needs. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
