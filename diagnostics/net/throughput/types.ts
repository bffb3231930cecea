/** One direction of a throughput measurement: what was counted in the measured window. */
export interface TransferResult {
  /** Mbit/s (10^6 bit/s) over the measured window, warm-up excluded (see mbitPerSecond). */
  readonly mbps: number;
  /** Bytes counted in the measured window. */
  readonly bytes: number;
  /** Length of the measured window in milliseconds. */
  readonly durationMs: number;
  /** Streams in use when the measured window began (after the ramp added those that raised the rate). */
  readonly streams?: number;
  /**
   * Why the direction stopped: its rate was stable, or it reached the cap (then the figure is less
   * settled), or 'fast': it carried far more than the check needs (see fast-line.ts), and the
   * figure is what it carried over its window, a lower bound of the line's rate.
   */
  readonly stopped?: 'stable' | 'cap' | 'fast';
}

/** What one direction saw: the result, or why there is none, and what went wrong on the way. */
export interface TransferOutcome {
  readonly result: TransferResult | null;
  /** Plain-words problems (HTTP 500, refused connections…); a result may still exist beside them. */
  readonly errors: readonly string[];
}

/**
 * How a transfer is run (see adaptive.ts): it starts with `startStreams` connections and, every
 * `warmupMs` (one ramp step, discarded: TCP's slow start and the server's first bytes are not the
 * line's rate), adds more while they raise the rate, up to `streams`; then it counts until the
 * per-interval rates agree, or for at most `measureMs`.
 */
export interface TransferPlan {
  /** Most parallel connections. */
  readonly streams: number;
  /** One ramp step. */
  readonly warmupMs: number;
  /** The cap of the counted phase. */
  readonly measureMs: number;
  /** Give up on a connection that does not answer within this long (upload: per attempt). */
  readonly connectTimeoutMs: number;
  /** Connections to start with (default 2). */
  readonly startStreams?: number;
  /** Interval whose rates are compared (default 250 ms). */
  readonly intervalMs?: number;
  /** Consecutive intervals that must agree (default 4). */
  readonly stableIntervals?: number;
  /** How far each may be from their mean, as a fraction (default 0.05). */
  readonly tolerance?: number;
  /** Mbit/s from which the direction may stop as 'fast' (see fast-line.ts); none: never. */
  readonly fastMbps?: number;
}

/** Two to eight streams, half-second ramp steps, at most three seconds counted per direction. */
export const DEFAULT_TRANSFER_PLAN: TransferPlan = { streams: 8, warmupMs: 500, measureMs: 3000, connectTimeoutMs: 3000 };

/** Mbit/s of `bytes` over `ms`: one decimal, two below 10 Mbit/s (0.94 is not 0.9 on a 1 Mbit/s line). */
export function mbitPerSecond(bytes: number, ms: number): number {
  if (ms <= 0) return 0;
  const mbps = (bytes * 8) / ms / 1000;
  const scale = mbps < 10 ? 100 : 10;
  return Math.round(mbps * scale) / scale;
}
