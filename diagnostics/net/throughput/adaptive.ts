// When a transfer has seen enough: bytes are binned into short intervals; streams are added while
// they raise the rate (the ramp), then the direction stops once the last few intervals agree
// within a few percent (the estimate is stable) or at the cap. A queue that already holds a
// standing delay ends the ramp too: the line is full, and more streams would only overflow it.
// A line far faster than anything the check compares with stops as soon as it has carried that
// much for a second: what it carried is a lower bound of its rate, and nothing more is needed
// (see fast-line.ts). Pure arithmetic, no I/O, so the rules are tested on made-up byte counts
// rather than on a loaded machine's timing.

/** How an adaptive direction is run; every field has a default (see ADAPTIVE_DEFAULTS). */
export interface AdaptivePlan {
  /** Streams a direction starts with. */
  readonly startStreams: number;
  /** Most streams a direction may add up to. */
  readonly maxStreams: number;
  /** One ramp step: streams are given this long before their rate is judged (slow start, first bytes). */
  readonly rampStepMs: number;
  /** Longest measured phase after the ramp: the cap when the rate never settles. */
  readonly capMs: number;
  /** Length of one interval whose rate is compared. */
  readonly intervalMs: number;
  /** How many consecutive intervals must agree. */
  readonly stableIntervals: number;
  /** How far (fraction of their mean) each of those intervals may be from the mean. */
  readonly tolerance: number;
  /** Adding streams must raise the rate by at least this fraction to be worth another step. */
  readonly minGain: number;
  /**
   * A queue delay (see queue-probe.ts) of this many ms or more during a step means the line is
   * already full: no more streams, however the rate moved (a deep queue overflows when they join).
   */
  readonly fullQueueMs: number;
  /**
   * Mbit/s from which a direction stops early ('fast'): once the intervals after its first ramp
   * step, `fastMinMs` of them at least, carried this rate on average. Their mean is then reported:
   * a lower bound of the line's rate (the line did carry it), not an estimate of it. Null: never.
   */
  readonly fastMbps: number | null;
  /** How long a line must have carried `fastMbps` before it stops as fast. */
  readonly fastMinMs: number;
}

export const ADAPTIVE_DEFAULTS: AdaptivePlan = {
  startStreams: 2,
  maxStreams: 8,
  rampStepMs: 500,
  capMs: 3000,
  intervalMs: 250,
  stableIntervals: 4,
  tolerance: 0.05,
  minGain: 0.1,
  fullQueueMs: 100,
  fastMbps: null,
  fastMinMs: 1000,
};

/** Bytes counted per interval since `startMs`. */
export class RateMeter {
  private readonly bins: number[] = [];
  constructor(
    readonly startMs: number,
    readonly intervalMs: number,
  ) {}

  add(bytes: number, nowMs: number): void {
    const i = Math.floor((nowMs - this.startMs) / this.intervalMs);
    if (i < 0) return;
    while (this.bins.length <= i) this.bins.push(0);
    this.bins[i]! += bytes;
  }

  /** Bytes of the intervals [from, to) (indexes); missing intervals count as empty. */
  bytes(from: number, to: number): number {
    let sum = 0;
    for (let i = Math.max(0, from); i < to; i++) sum += this.bins[i] ?? 0;
    return sum;
  }

  /** Bytes per interval for the intervals [from, to). */
  perInterval(from: number, to: number): number[] {
    return Array.from({ length: Math.max(0, to - from) }, (_, k) => this.bins[from + k] ?? 0);
  }
}

/** True when every value is within ±tolerance of their mean (and something flowed at all). */
export function isStable(values: readonly number[], tolerance: number): boolean {
  if (values.length === 0) return false;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return mean > 0 && values.every((v) => Math.abs(v - mean) <= tolerance * mean);
}

/** What the controller wants after an interval. */
export type Step =
  | { readonly kind: 'wait' }
  | { readonly kind: 'add'; readonly streams: number }
  | { readonly kind: 'stop'; readonly reason: StopReason };

/** Why a direction stopped: its rate was stable, it reached the cap, or it proved far faster than needed. */
export type StopReason = 'stable' | 'cap' | 'fast';

/** Where the measured phase began and ended (interval indexes) and how the direction ended. */
export interface AdaptiveSummary {
  /** Index of the first measured interval; intervals before it were ramp-up. */
  readonly measuredFrom: number;
  /** Index after the last measured interval, once stopped (null while running). */
  readonly measuredTo: number | null;
  readonly streams: number;
  readonly stopped: StopReason | null;
}

/**
 * Per-interval byte counts the stability rule judges, final for the intervals before `complete`.
 * A download counts bytes as they arrive, so every interval that has passed is final. An upload
 * learns what arrived only when the server answers a request, so its intervals become final
 * later (see settledRates in upload-window.ts).
 */
export interface SettledRates {
  readonly complete: number;
  perInterval(from: number, to: number): number[];
}

/** The meter itself as the judge: every interval that has passed is final. */
export const meterRates = (meter: RateMeter, done: number): SettledRates => ({ complete: done, perInterval: (from, to) => meter.perInterval(from, to) });

/**
 * Decides, after each completed interval, whether to add streams, keep going or stop. Ramp: after
 * each step the rate of the step's second half is compared with the previous step's; a gain of
 * `minGain` or more earns another step with more streams (doubling, up to `maxStreams`). The
 * measured phase starts with the second half of the step that gained nothing (or after which no
 * more streams may be added): its streams are the final ones and past their first round trips.
 * A direction that starts with all its streams counts from the end of its first step.
 * A step during which the queue delay reached `fullQueueMs` adds nothing either, even the first
 * (which has no rate to compare with): the bottleneck is busy all the time already.
 * It ends when its last `stableIntervals` final intervals agree, or `capMs` after it began.
 * Before all that, at any interval, ramp included: a line whose final intervals since its first
 * step's end (`fastMinMs` at least) carried `fastMbps` on average stops as 'fast', measured over
 * exactly those intervals (a lower bound of its rate; adding streams could only raise it).
 */
export class AdaptiveController {
  private streams: number;
  private measuredFrom: number | null = null;
  private measuredTo: number | null = null;
  private lastRate: number | null = null;
  private stepStart = 0;
  private probedStep = -1;
  private stopped: StopReason | null = null;
  private readonly stepIntervals: number;
  private readonly capIntervals: number;
  private readonly fastIntervals: number;

  constructor(private readonly plan: AdaptivePlan) {
    this.streams = Math.min(plan.startStreams, plan.maxStreams);
    this.stepIntervals = Math.max(2, Math.round(plan.rampStepMs / plan.intervalMs));
    this.capIntervals = Math.max(plan.stableIntervals, Math.round(plan.capMs / plan.intervalMs));
    this.fastIntervals = Math.max(1, Math.ceil(plan.fastMinMs / plan.intervalMs));
  }

  get startStreams(): number {
    return this.streams;
  }

  /**
   * True once per ramp step, from its second half on: the moment to start a queue probe whose
   * delay the step's end is judged by (its new streams are past their first round trips).
   */
  probeDue(done: number): boolean {
    if (this.measuredFrom !== null || this.probedStep === this.stepStart) return false;
    if (done - this.stepStart < Math.floor(this.stepIntervals / 2)) return false;
    this.probedStep = this.stepStart;
    return true;
  }

  /**
   * Call once `done` intervals are complete (indexes 0..done-1); `judged` defaults to the meter;
   * `queueMs` is the queue delay seen during this step (null: not known).
   */
  next(meter: RateMeter, done: number, judged: SettledRates = meterRates(meter, done), queueMs: number | null = null): Step {
    if (this.stopped !== null) return { kind: 'stop', reason: this.stopped };
    const settled = Math.min(judged.complete, done);
    if (this.provedFast(judged, settled)) {
      this.measuredFrom = this.stepIntervals;
      return this.stop('fast', settled);
    }
    if (this.measuredFrom === null) return this.ramp(meter, done, queueMs);
    const k = this.plan.stableIntervals;
    if (settled - this.measuredFrom >= k && isStable(judged.perInterval(settled - k, settled), this.plan.tolerance)) return this.stop('stable', settled);
    if (done - this.measuredFrom >= this.capIntervals) return this.stop('cap', done);
    return { kind: 'wait' };
  }

  summary(): AdaptiveSummary {
    return { measuredFrom: this.measuredFrom ?? 0, measuredTo: this.measuredTo, streams: this.streams, stopped: this.stopped };
  }

  /**
   * Whether the final intervals from the first step's end on (fastIntervals at least) carried
   * fastMbps on average. The first step is left out (connection set-up, slow start, an upload's
   * first small bodies): only so that a fast line is recognised sooner, since slower intervals can
   * only lower the mean. Later ramp steps count: they carried what they carried.
   */
  private provedFast(judged: SettledRates, settled: number): boolean {
    const mbps = this.plan.fastMbps;
    if (mbps === null || settled - this.stepIntervals < this.fastIntervals) return false;
    const n = settled - this.stepIntervals;
    const bytes = judged.perInterval(this.stepIntervals, settled).reduce((a, b) => a + b, 0);
    return (bytes * 8) / (n * this.plan.intervalMs * 1000) >= mbps;
  }

  private ramp(meter: RateMeter, done: number, queueMs: number | null): Step {
    if (done - this.stepStart < this.stepIntervals) return { kind: 'wait' };
    // The second half of the step: the new streams are past their first round trips by then.
    const half = Math.floor(this.stepIntervals / 2);
    const rate = meter.bytes(done - half, done) / half;
    const full = queueMs !== null && queueMs >= this.plan.fullQueueMs;
    const gained = !full && (this.lastRate === null || rate >= this.lastRate * (1 + this.plan.minGain));
    if (gained && this.streams < this.plan.maxStreams) {
      const more = Math.min(this.streams, this.plan.maxStreams - this.streams);
      this.streams += more;
      this.lastRate = rate;
      this.stepStart = done;
      return { kind: 'add', streams: more };
    }
    // That half already ran with the streams that stay: it is the first measured interval(s),
    // unless it is the first step's, where they all began (slow start; an upload's first bodies).
    this.measuredFrom = this.stepStart > 0 ? done - half : done;
    return { kind: 'wait' };
  }

  private stop(reason: StopReason, to: number): Step {
    this.stopped = reason;
    this.measuredTo = to;
    return { kind: 'stop', reason };
  }
}
