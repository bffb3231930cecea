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
  /** Back-to-back requests of the given lengths (ms) at `perMs` bytes per ms. */
  const stream = (id: number, lengths: readonly number[], perMs: number): UploadSpan[] => {
    let t = 0;
    return lengths.map((len) => {
      const s = { stream: id, startMs: t, endMs: t + len, bytes: len * perMs };
      t += len;
      return s;
    });
  };

  it('measures steady streams exactly, whatever the request sizes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 50, max: 900 }), { minLength: 12, maxLength: 30 }),
        fc.array(fc.integer({ min: 50, max: 900 }), { minLength: 12, maxLength: 30 }),
        (a, b) => {
          const w = uploadedInWindow([...stream(0, a, 1000), ...stream(1, b, 500)], 1000, 3000);
          const total = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
          if (total(a) < 1500 || total(b) < 1500) return true;
          return w !== null && w.streams === 2 && Math.abs(w.bytes / w.durationMs - 1500) < 1;
        },
      ),
    );
  });

  it('ends the window at its planned end when every stream answered after it', () => {
    const spans = [...stream(0, [900, 900, 2000], 100), ...stream(1, [700, 700, 700, 700, 700, 700], 100)];
    expect(uploadedInWindow(spans, 1000, 3500)).toEqual({ bytes: 200 * 2500, durationMs: 2500, streams: 2 });
  });

  it('ends the window earlier where a counted stream last finished', () => {
    const spans: UploadSpan[] = [
      { stream: 0, startMs: 0, endMs: 3000, bytes: 3000 },
      { stream: 1, startMs: 0, endMs: 2000, bytes: 2000 },
    ];
    expect(uploadedInWindow(spans, 1000, 3000)).toEqual({ bytes: 1000 + 1000, durationMs: 1000, streams: 2 });
  });

  it('leaves out a stream that finished nothing well into the window', () => {
    const spans: UploadSpan[] = [
      { stream: 0, startMs: 0, endMs: 3000, bytes: 3000 },
      { stream: 1, startMs: 0, endMs: 1200, bytes: 50 },
    ];
    expect(uploadedInWindow(spans, 1000, 3000)).toEqual({ bytes: 2000, durationMs: 2000, streams: 1 });
  });

  it('gives no figure when no stream lasted into the window', () => {
    expect(uploadedInWindow([{ stream: 0, startMs: 0, endMs: 1200, bytes: 1 }], 1000, 3000)).toBeNull();
    expect(uploadedInWindow([], 0, 1000)).toBeNull();
    expect(uploadedInWindow(stream(0, [1000, 1000], 1), 500, 500)).toBeNull();
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
