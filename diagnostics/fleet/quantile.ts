import { DDSketch } from '@datadog/sketches-js';

/**
 * A streaming quantile estimate for one figure across any number of checks, in bounded memory.
 *
 * DDSketch (Masson, Rim, Lee, VLDB 2019) files each value into a logarithmic bucket; a quantile is
 * read from the bucket counts. With a relative accuracy α, every quantile it returns is within α of
 * the true value of that quantile (|estimate − true| ≤ α · true), however many values were added.
 * Memory is one counter per bucket touched: about ln(max/min) / ln((1+α)/(1−α)) buckets, so
 * figures between 0.01 ms and 100 000 ms need at most ~800 counters at α = 1 % — the same for a
 * thousand checks as for a million. Zeros (a loss-free line) are counted apart, exactly.
 */

/** α: the relative accuracy every reported median and percentile keeps. */
export const RELATIVE_ACCURACY = 0.01;

export interface Summary {
  readonly count: number;
  readonly min: number;
  readonly median: number;
  readonly p90: number;
  readonly max: number;
}

/** Collects one figure's values; negative values (a signal in dBm) are fine too. */
export class QuantileSketch {
  private readonly sketch = new DDSketch({ relativeAccuracy: RELATIVE_ACCURACY });

  add(value: number): void {
    if (Number.isFinite(value)) this.sketch.accept(value);
  }

  get count(): number {
    return this.sketch.count;
  }

  /** The summary, or null when no value was added. */
  summary(): Summary | null {
    const s = this.sketch;
    if (s.count === 0) return null;
    return { count: s.count, min: s.min, median: s.getValueAtQuantile(0.5), p90: s.getValueAtQuantile(0.9), max: s.max };
  }
}
