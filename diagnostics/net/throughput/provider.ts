import type { TransferResult } from './types.js';

/** Round trips (p50, ms) to one address when the line is idle and while it is saturated each way. */
export interface LatencyReading {
  readonly target: string;
  readonly idleMs: number | null;
  readonly downloadMs: number | null;
  readonly uploadMs: number | null;
}

/** Latency under load as a provider measured it: the provider's hop beyond the home, and the router. */
export interface LatencyUnderLoad {
  /** Beyond the home: the provider's first router, else an internet target, else (Ookla) its server. */
  readonly line: LatencyReading;
  /** The home router: when it too slows down, the bottleneck is the home network, not the line. */
  readonly gateway?: LatencyReading;
}

/** What one throughput provider measured; a direction is absent when it could not be measured. */
export interface ThroughputMeasurement {
  readonly provider: 'http' | 'ookla';
  /** Where the bytes went: the download URL's host (http) or the Ookla server's name and host. */
  readonly server: string;
  /** Parallel connections; 0 when the provider chose them itself (the Ookla CLI does not say). */
  readonly streams: number;
  /** Wall time of the whole measurement, both directions. */
  readonly durationMs: number;
  readonly download?: TransferResult;
  readonly upload?: TransferResult;
  readonly latency?: LatencyUnderLoad;
  /** Ookla's page for this result, when the CLI saved one. */
  readonly resultUrl?: string;
  /** What went wrong, in plain words; figures beside errors are what was seen before them. */
  readonly errors: readonly string[];
  /**
   * A direction that was asked for but has no figure, with why: shown to the user as a failed
   * measurement rather than silently left out.
   */
  readonly failed?: { readonly download?: string; readonly upload?: string };
  /** How long the download's queue took to drain before the upload started; `drained` false: it gave up at the cap. */
  readonly drain?: { readonly ms: number; readonly drained: boolean };
}

/** One way of measuring the line (the profile's HTTP endpoints, or Ookla's speedtest). */
export interface ThroughputProvider {
  readonly id: ThroughputMeasurement['provider'];
  /** Never throws for expected failures: they end up in `errors`. */
  measure(signal: AbortSignal): Promise<ThroughputMeasurement>;
}
