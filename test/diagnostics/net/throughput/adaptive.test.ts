import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ADAPTIVE_DEFAULTS, AdaptiveController, isStable, RateMeter, type AdaptivePlan } from '../../../../diagnostics/net/throughput/adaptive.js';
import { settledRates } from '../../../../diagnostics/net/throughput/upload-window.js';

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
    // A line two streams already fill: adding two more gains nothing, so measuring starts with
    // the second half of that step (interval 3), which already ran with the four streams.
    const { steps, ctl, done } = drive(() => 1000);
    expect(steps).toEqual(['add 2 at 2', 'stable at 7']);
    expect(ctl.summary()).toEqual({ measuredFrom: 3, measuredTo: 7, streams: 4, stopped: 'stable' });
    expect(done * PLAN.intervalMs).toBe(1750);
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
    // Measured from 3, so the 3 s cap (12 intervals) ends it at 15.
    expect(steps.at(-1)).toBe('cap at 15');
    expect(ctl.summary()).toMatchObject({ stopped: 'cap', measuredFrom: 3, measuredTo: 15 });
  });

  it('never counts the first step of a direction that starts with all its streams', () => {
    const meter = new RateMeter(0, PLAN.intervalMs);
    const ctl = new AdaptiveController({ ...PLAN, startStreams: 8 });
    let done = 0;
    for (let s = ctl.next(meter, 0); s.kind !== 'stop'; s = ctl.next(meter, ++done)) meter.add(1000, done * PLAN.intervalMs + 1);
    expect(ctl.summary()).toMatchObject({ measuredFrom: 2, measuredTo: 6, streams: 8, stopped: 'stable' });
  });

  it('judges stability only on intervals the judge says are final, and ends the window there', () => {
    // An upload's intervals become final only when every stream has answered: here 3 behind.
    const meter = new RateMeter(0, PLAN.intervalMs);
    const ctl = new AdaptiveController(PLAN);
    const steps: string[] = [];
    for (let done = 1; done <= 20 && steps.length === 0; done++) {
      meter.add(1000, (done - 1) * PLAN.intervalMs + 1);
      const judged = { complete: Math.max(0, done - 3), perInterval: (from: number, to: number) => meter.perInterval(from, to) };
      const s = ctl.next(meter, done, judged);
      if (s.kind === 'stop') steps.push(`${s.reason} at ${done}`);
    }
    // Stable once intervals 3..6 are final, at done = 10; the window ends at 7, where they end.
    expect(steps).toEqual(['stable at 10']);
    expect(ctl.summary()).toMatchObject({ measuredFrom: 3, measuredTo: 7 });
  });

  it('never calls a rate stable before enough final intervals, however flat the raw count looks', () => {
    const meter = new RateMeter(0, PLAN.intervalMs);
    const ctl = new AdaptiveController(PLAN);
    let last: string = 'wait';
    for (let done = 1; done <= 15; done++) {
      meter.add(1000, (done - 1) * PLAN.intervalMs + 1);
      last = ctl.next(meter, done, { complete: 4, perInterval: (from, to) => meter.perInterval(from, to) }).kind;
      if (last === 'stop') break;
    }
    expect(ctl.summary()).toMatchObject({ stopped: 'cap', measuredTo: 15 });
  });
});

describe('settledRates', () => {
  it('spreads each finished request over its span and says how far that is final', () => {
    const spans = [
      { stream: 0, startMs: 0, endMs: 500, bytes: 1000 },
      { stream: 1, startMs: 100, endMs: 350, bytes: 500 },
    ];
    const r = settledRates(spans, 520, 250);
    expect(r.complete).toBe(2);
    expect(r.perInterval(0, 3)).toEqual([500 + 300, 500 + 200, 0]);
    expect(r.perInterval(1, 2)).toEqual([700]);
  });

  it('counts every byte once, whatever the intervals (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ startMs: fc.integer({ min: 0, max: 3000 }), len: fc.integer({ min: 1, max: 2000 }), bytes: fc.integer({ min: 0, max: 1e6 }) }), { maxLength: 20 }),
        fc.integer({ min: 10, max: 500 }),
        (raw, intervalMs) => {
          const spans = raw.map((x, i) => ({ stream: i, startMs: x.startMs, endMs: x.startMs + x.len, bytes: x.bytes }));
          const total = settledRates(spans, 0, intervalMs).perInterval(0, Math.ceil(5000 / intervalMs)).reduce((a, b) => a + b, 0);
          expect(total).toBeCloseTo(spans.reduce((a, x) => a + x.bytes, 0), 3);
        },
      ),
    );
  });
});
