import { describe, expect, it } from 'vitest';
import { ADAPTIVE_DEFAULTS, AdaptiveController, isStable, RateMeter, type AdaptivePlan } from '../../../../diagnostics/net/throughput/adaptive.js';

// The ramp and stop rules on made-up byte counts: no clock, no network.

const PLAN: AdaptivePlan = { ...ADAPTIVE_DEFAULTS, startStreams: 2, maxStreams: 8, rampStepMs: 500, intervalMs: 250, stableIntervals: 4, tolerance: 0.05, capMs: 3000 };

/** Feeds `perInterval(i, streams)` bytes for each interval and returns what the controller did. */
function drive(perInterval: (i: number, streams: number) => number, limit = 100): { steps: string[]; done: number; ctl: AdaptiveController } {
  const meter = new RateMeter(0, PLAN.intervalMs);
  const ctl = new AdaptiveController(PLAN);
  let streams = ctl.startStreams;
  const steps: string[] = [];
  for (let i = 0; i < limit; i++) {
    meter.add(perInterval(i, streams), i * PLAN.intervalMs + 1);
    const s = ctl.next(meter, i + 1);
    if (s.kind === 'add') {
      streams += s.streams;
      steps.push(`add ${s.streams} at ${i + 1}`);
    }
    if (s.kind === 'stop') {
      steps.push(`${s.reason} at ${i + 1}`);
      return { steps, done: i + 1, ctl };
    }
  }
  return { steps, done: limit, ctl };
}

describe('isStable', () => {
  it('holds when every interval is within the tolerance of the mean', () => {
    expect(isStable([100, 103, 98, 101], 0.05)).toBe(true);
    expect(isStable([100, 112, 98, 101], 0.05)).toBe(false);
    expect(isStable([0, 0, 0, 0], 0.05)).toBe(false);
    expect(isStable([], 0.05)).toBe(false);
  });
});

describe('AdaptiveController', () => {
  it('stops a flat line once the intervals after the ramp agree', () => {
    // A line two streams already fill: adding two more gains nothing, so measuring starts at 4.
    const { steps, ctl, done } = drive(() => 1000);
    expect(steps).toEqual(['add 2 at 2', 'stable at 8']);
    expect(ctl.summary()).toEqual({ measuredFrom: 4, streams: 4, stopped: 'stable' });
    expect(done * PLAN.intervalMs).toBe(2000);
  });

  it('adds streams while each step raises the rate', () => {
    // Each stream carries 100 bytes an interval until the line's 550 are full.
    const { steps, ctl } = drive((_, n) => Math.min(100 * n, 550));
    expect(steps.slice(0, 2)).toEqual(['add 2 at 2', 'add 4 at 4']);
    expect(ctl.summary().streams).toBe(8);
    expect(ctl.summary().stopped).toBe('stable');
  });

  it('stops at the cap when the rate never settles', () => {
    const { steps, ctl } = drive((i) => (i % 2 === 0 ? 1000 : 1300));
    expect(steps.at(-1)).toBe('cap at 16');
    expect(ctl.summary().stopped).toBe('cap');
  });
});
