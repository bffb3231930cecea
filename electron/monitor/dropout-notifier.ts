import type { MonitorSegment } from '../../diagnostics/monitor/types.js';

/** What one "keeps dropping" notification says: how many drop-outs since the last one, the longest, which parts. */
export interface DropoutSummary {
  readonly count: number;
  readonly longestSeconds: number;
  readonly segments: readonly MonitorSegment[];
}

/** At most one notification per this long: a flapping line must not send a stream of them. */
export const NOTIFY_GAP_MS = 15 * 60_000;
/** "Keeps dropping" means at least this many drop-outs … */
export const NOTIFY_MIN_DROPOUTS = 2;
/** … within this long. One drop-out alone is recorded on the timeline, not announced. */
export const NOTIFY_WINDOW_MS = 30 * 60_000;

/**
 * Decides when the user hears about drop-outs: once the line dropped NOTIFY_MIN_DROPOUTS times
 * within NOTIFY_WINDOW_MS, and then no sooner than NOTIFY_GAP_MS after the last notice. The drop-outs
 * held back meanwhile are summed up in the next notice, so none is lost and none is told twice.
 */
export class DropoutNotifier {
  private lastNotifiedAt = Number.NEGATIVE_INFINITY;
  /** Drop-outs not yet told: when each ended, how long it was, its segment. */
  private untold: { at: number; seconds: number; segment: MonitorSegment }[] = [];

  constructor(
    private readonly notify: (s: DropoutSummary) => void,
    private readonly gapMs = NOTIFY_GAP_MS,
  ) {}

  /** A drop-out ended at `at` (ms): tell the user if the line keeps dropping and the gap allows. */
  dropout(at: number, seconds: number, segment: MonitorSegment): void {
    // Drop-outs older than a window plus a gap are on the timeline; a notice now would not be about them.
    this.untold = this.untold.filter((d) => at - d.at < NOTIFY_WINDOW_MS + this.gapMs);
    this.untold.push({ at, seconds, segment });
    const recent = this.untold.filter((d) => at - d.at < NOTIFY_WINDOW_MS);
    if (recent.length < NOTIFY_MIN_DROPOUTS || at - this.lastNotifiedAt < this.gapMs) return;
    const told = this.untold;
    this.untold = [];
    this.lastNotifiedAt = at;
    this.notify({
      count: told.length,
      longestSeconds: Math.max(...told.map((d) => d.seconds)),
      segments: [...new Set(told.map((d) => d.segment))],
    });
  }
}
