/** One direction of a throughput measurement: what was counted in the measured window. */
export interface TransferResult {
  /** Mbit/s (10^6 bit/s) over the measured window, warm-up excluded (see mbitPerSecond). */
  readonly mbps: number;
  /** Bytes counted in the measured window. */
  readonly bytes: number;
  /** Length of the measured window in milliseconds. */
  readonly durationMs: number;
}

/** What one direction saw: the result, or why there is none, and what went wrong on the way. */
export interface TransferOutcome {
  readonly result: TransferResult | null;
  /** Plain-words problems (HTTP 500, refused connections…); a result may still exist beside them. */
  readonly errors: readonly string[];
}

/**
 * How a transfer is run: `streams` parallel connections for `warmupMs` (discarded: TCP's slow
 * start and the server's first bytes are not the line's rate), then `measureMs` counted.
 */
export interface TransferPlan {
  readonly streams: number;
  readonly warmupMs: number;
  readonly measureMs: number;
  /** Give up on a connection that does not answer within this long. */
  readonly connectTimeoutMs: number;
}

/** Four streams, one second of warm-up, five seconds counted per direction. */
export const DEFAULT_TRANSFER_PLAN: TransferPlan = { streams: 4, warmupMs: 1000, measureMs: 5000, connectTimeoutMs: 3000 };

/** Mbit/s of `bytes` over `ms`: one decimal, two below 10 Mbit/s (0.94 is not 0.9 on a 1 Mbit/s line). */
export function mbitPerSecond(bytes: number, ms: number): number {
  if (ms <= 0) return 0;
  const mbps = (bytes * 8) / ms / 1000;
  const scale = mbps < 10 ? 100 : 10;
  return Math.round(mbps * scale) / scale;
}
