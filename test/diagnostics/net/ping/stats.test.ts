import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jitter, jitterOfStreams, lossPercent, percentile, round2, wilsonInterval } from '../../../../diagnostics/net/ping/stats.js';

describe('wilsonInterval', () => {
  it('gives the textbook values, rounded outwards to one decimal', () => {
    expect(wilsonInterval(0, 100)).toEqual([0, 3.7]); // 0 of 100 rules out 5 % loss
    expect(wilsonInterval(10, 100)).toEqual([5.5, 17.5]);
    expect(wilsonInterval(150, 1500)).toEqual([8.5, 11.7]);
    expect(wilsonInterval(450, 1500)).toEqual([27.7, 32.4]);
    expect(wilsonInterval(100, 100)).toEqual([96.3, 100]);
  });
  it('is 0–100 when nothing was sent', () => {
    expect(wilsonInterval(0, 0)).toEqual([0, 100]);
    expect(wilsonInterval(3, -1)).toEqual([0, 100]);
  });
  it('always contains the observed loss and stays within 0–100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, f) => {
        const lost = Math.round(f * n);
        const [lo, hi] = wilsonInterval(lost, n);
        const pct = (100 * lost) / n;
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(100);
        expect(lo).toBeLessThanOrEqual(pct + 1e-9);
        expect(hi).toBeGreaterThanOrEqual(pct - 1e-9);
      }),
    );
  });
  it('narrows as more echoes are sent at the same loss', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 50 }), (pct, k) => {
        const [lo1, hi1] = wilsonInterval(pct * k, 100 * k);
        const [lo2, hi2] = wilsonInterval(pct * k * 4, 400 * k);
        expect(hi2 - lo2).toBeLessThanOrEqual(hi1 - lo1);
      }),
    );
  });
});

describe('jitter', () => {
  it('is the mean absolute difference of consecutive round trips', () => {
    expect(jitter([10, 12, 11, 15])).toBe(2.33); // (2 + 1 + 4) / 3
    expect(jitter([5, 5, 5])).toBe(0);
    expect(jitter([10])).toBeNull();
    expect(jitter([])).toBeNull();
  });
  it('never takes a difference across two streams', () => {
    expect(jitterOfStreams([[10, 12], [100, 101]])).toBe(1.5);
    expect(jitterOfStreams([[10], [100]])).toBeNull();
  });
  it('is zero for a constant series and not moved by an offset', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 2, maxLength: 50 }), fc.double({ min: 0, max: 1000, noNaN: true }), (xs, c) => {
        expect(Math.abs(jitter(xs.map((x) => x + c))! - jitter(xs)!)).toBeLessThanOrEqual(0.011);
        expect(jitter(xs.map(() => c))).toBe(0);
      }),
    );
  });
});

describe('percentile', () => {
  it('is the nearest-rank value', () => {
    expect(percentile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
  it('is one of the values, between min and max, and grows with q', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, q) => {
        const v = percentile(xs, q)!;
        expect(xs).toContain(v);
        expect(percentile(xs, Math.min(1, q + 0.1))!).toBeGreaterThanOrEqual(v);
      }),
    );
  });
});

describe('small helpers', () => {
  it('round to two decimals and give loss in percent with one', () => {
    expect(round2(0.105)).toBe(0.11);
    expect(lossPercent(1, 3)).toBe(33.3);
    expect(lossPercent(0, 0)).toBe(0);
  });
});
