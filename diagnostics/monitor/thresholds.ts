import type { MonitorSegment } from './types.js';

/** When the monitor calls something a drop-out or a bad spell. */
export interface MonitorThresholds {
  /** No answer from a segment for at least this long is a drop-out. */
  readonly dropoutMs: number;
  /** The sliding window bad spells are judged over. */
  readonly windowMs: number;
  /** Fewer probes than this in the window judge nothing (just started, just woke up). */
  readonly minSamples: number;
  /** Loss over the window at or above this (and at least `minLost` probes) is a bad spell. */
  readonly lossPct: number;
  readonly minLost: number;
  /** A median round trip above this, per segment, is a bad spell. */
  readonly medianRttMs: Readonly<Record<MonitorSegment, number>>;
}

// A router on the same LAN answers in a few ms even over Wi-Fi; 50 ms median means a struggling
// radio. 150 ms to internet targets and 250 ms through a tunnel is where calls start to suffer
// (ITU-T G.114 puts the mouth-to-ear limit for good calls at 150 ms one way).
export const DEFAULT_THRESHOLDS: MonitorThresholds = {
  dropoutMs: 2000,
  windowMs: 30_000,
  minSamples: 10,
  lossPct: 10,
  minLost: 3,
  medianRttMs: { home: 50, isp: 150, vpn: 250 },
};
