import { ADAPTIVE_DEFAULTS, AdaptiveController, RateMeter, type AdaptivePlan, type AdaptiveSummary, type SettledRates } from './adaptive.js';
import type { ConnectProbe } from './queue-probe.js';
import type { TransferPlan } from './types.js';

/** The adaptive rules a transfer plan asks for: its streams are the most, its warm-up one ramp step, its measure time the cap. */
export function adaptivePlanOf(p: TransferPlan): AdaptivePlan {
  return {
    startStreams: Math.min(p.startStreams ?? 2, p.streams),
    maxStreams: p.streams,
    rampStepMs: p.warmupMs,
    capMs: p.measureMs,
    intervalMs: p.intervalMs ?? 250,
    stableIntervals: p.stableIntervals ?? 4,
    tolerance: p.tolerance ?? 0.05,
    minGain: ADAPTIVE_DEFAULTS.minGain,
    fullQueueMs: ADAPTIVE_DEFAULTS.fullQueueMs,
    fastMbps: p.fastMbps ?? null,
    fastMinMs: ADAPTIVE_DEFAULTS.fastMinMs,
  };
}

/** How a driven direction ended: the controller's summary and the measured phase in meter time. */
export interface DriveOutcome extends AdaptiveSummary {
  /** Start and end of the measured phase, ms since the meter's start. */
  readonly fromMs: number;
  readonly toMs: number;
}

/**
 * Runs the controller against the clock: after each interval it may add streams (`addStreams`)
 * or stop. `judged` gives the intervals the stability rule may judge (default: the meter's).
 * `queue`, when given, probes the queue once per ramp step (see queue-probe.ts).
 * Returns when it stops, when `stop` aborts, or once `alive()` says no stream is left.
 */
export async function driveAdaptive(
  plan: AdaptivePlan,
  meter: RateMeter,
  addStreams: (n: number) => void,
  stop: AbortSignal,
  alive: () => number,
  judged?: (done: number) => SettledRates,
  queue?: ConnectProbe,
): Promise<DriveOutcome> {
  const ctl = new AdaptiveController(plan);
  queue?.start(); // the idle reference: the queue is empty before the first stream starts
  addStreams(ctl.startStreams);
  let done = 0;
  while (!stop.aborted && alive() > 0) {
    const due = meter.startMs + (done + 1) * plan.intervalMs - performance.now();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(finish, Math.max(0, due));
      function finish(): void {
        clearTimeout(timer);
        stop.removeEventListener('abort', finish);
        resolve();
      }
      stop.addEventListener('abort', finish, { once: true });
    });
    if (stop.aborted || alive() === 0) break;
    // A busy event loop may wake late: every interval that has passed is complete.
    done = Math.max(done + 1, Math.floor((performance.now() - meter.startMs) / plan.intervalMs));
    const step = ctl.next(meter, done, judged?.(done), queue?.queueDelay() ?? null);
    if (step.kind === 'add') addStreams(step.streams);
    if (step.kind === 'stop') break;
    if (queue && ctl.probeDue(done)) queue.start();
  }
  const s = ctl.summary();
  // Stopped: the window the rule judged. Otherwise (aborted, no stream left): what has passed.
  const end = s.measuredTo ?? Math.min(done, Math.floor((performance.now() - meter.startMs) / plan.intervalMs));
  return { ...s, fromMs: s.measuredFrom * plan.intervalMs, toMs: Math.max(s.measuredFrom, end) * plan.intervalMs };
}

export { RateMeter };
