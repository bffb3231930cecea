import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeIncrease, responsiveness, roundTripsPerMinute } from '../../../../diagnostics/net/throughput/grade.js';
import { uploadedInWindow, type UploadSpan } from '../../../../diagnostics/net/throughput/upload-window.js';
import { loadedReading } from '../../../../diagnostics/probes/loaded-latency.js';

describe('gradeIncrease', () => {
  it.each([
    [0, 'A+'],
    [4.9, 'A+'],
    [5, 'A'],
    [29, 'A'],
    [30, 'B'],
    [60, 'C'],
    [199, 'C'],
    [200, 'D'],
    [400, 'F'],
    [5000, 'F'],
  ] as const)('%d ms more under load is %s', (ms, grade) => {
    expect(gradeIncrease(ms)).toBe(grade);
  });

  it('turns loaded latency into networkQuality-style RPM', () => {
    expect(roundTripsPerMinute(50)).toBe(1200);
    expect(responsiveness(1200)).toBe('high');
    expect(responsiveness(roundTripsPerMinute(400))).toBe('low');
  });
});

describe('uploadedInWindow', () => {
  it('measures a steady rate exactly, whatever the request sizes', () => {
    // Two streams at 1000 bytes/ms each, requests back to back, of uneven lengths.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 50, max: 900 }), { minLength: 12, maxLength: 30 }), (lengths) => {
        const spans: UploadSpan[] = [];
        for (const stream of [0, 1]) {
          let t = 0;
          for (const len of lengths) {
            spans.push({ stream, startMs: t, endMs: t + len, bytes: len * 1000 });
            t += len;
          }
        }
        const w = uploadedInWindow(spans, 1000);
        if (w === null) return lengths.reduce((a, b) => a + b, 0) < 1500;
        return Math.abs(w.bytes / w.durationMs - 2000) < 2;
      }),
    );
  });

  it('ends the window where the least recently finished stream last finished', () => {
    const spans: UploadSpan[] = [
      { stream: 0, startMs: 0, endMs: 3000, bytes: 3000 },
      { stream: 1, startMs: 0, endMs: 2000, bytes: 2000 },
    ];
    expect(uploadedInWindow(spans, 1000)).toEqual({ bytes: 1000 + 1000, durationMs: 1000, streams: 2 });
  });

  it('leaves out a stream that finished nothing well into the window', () => {
    const spans: UploadSpan[] = [
      { stream: 0, startMs: 0, endMs: 3000, bytes: 3000 },
      { stream: 1, startMs: 0, endMs: 1200, bytes: 50 },
    ];
    expect(uploadedInWindow(spans, 1000)).toEqual({ bytes: 2000, durationMs: 2000, streams: 1 });
  });

  it('gives no figure when no stream lasted into the window', () => {
    expect(uploadedInWindow([{ stream: 0, startMs: 0, endMs: 1200, bytes: 1 }], 1000)).toBeNull();
    expect(uploadedInWindow([], 0)).toBeNull();
  });
});

describe('loadedReading', () => {
  it('takes the worse direction and never reports a negative increase', () => {
    expect(loadedReading({ target: 'x', idleMs: 10, downloadMs: 40, uploadMs: 250 })).toMatchObject({ loadedMs: 250, increaseMs: 240, downloadIncreaseMs: 30 });
    expect(loadedReading({ target: 'x', idleMs: 10, downloadMs: 8, uploadMs: null })).toMatchObject({ increaseMs: 0, uploadIncreaseMs: null });
    expect(loadedReading({ target: 'x', idleMs: null, downloadMs: 8, uploadMs: 9 })).toBeNull();
  });
});

describe('samplerBurst', () => {
  it('spreads echoes over the window at an interval every OS grants users', async () => {
    const { samplerBurst } = await import('../../../../diagnostics/net/throughput/latency-sampler.js');
    expect(samplerBurst('linux', 4000)).toEqual({ processes: 1, count: 20, intervalMs: 200 });
    expect(samplerBurst('darwin', 1000)).toEqual({ processes: 1, count: 5, intervalMs: 200 });
    expect(samplerBurst('win32', 4000)).toEqual({ processes: 4, count: 4, intervalMs: 1000 });
  });
});

describe('mbitPerSecond', () => {
  it('keeps two decimals on slow lines and one on fast ones', async () => {
    const { mbitPerSecond } = await import('../../../../diagnostics/net/throughput/types.js');
    expect(mbitPerSecond(587_500, 5000)).toBe(0.94);
    expect(mbitPerSecond(29_812_500, 5000)).toBe(47.7);
    expect(mbitPerSecond(1, 0)).toBe(0);
  });
});
