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
        const w = uploadedInWindow(spans, 1000, 2);
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
    expect(uploadedInWindow(spans, 1000, 2)).toEqual({ bytes: 1000 + 1000, durationMs: 1000 });
  });

  it('gives no figure when a stream never finished or the window is too short', () => {
    expect(uploadedInWindow([{ stream: 0, startMs: 0, endMs: 3000, bytes: 1 }], 1000, 2)).toBeNull();
    expect(uploadedInWindow([{ stream: 0, startMs: 0, endMs: 1200, bytes: 1 }], 1000, 1)).toBeNull();
    expect(uploadedInWindow([], 0, 0)).toBeNull();
  });
});

describe('loadedReading', () => {
  it('takes the worse direction and never reports a negative increase', () => {
    expect(loadedReading({ target: 'x', idleMs: 10, downloadMs: 40, uploadMs: 250 })).toMatchObject({ loadedMs: 250, increaseMs: 240, downloadIncreaseMs: 30 });
    expect(loadedReading({ target: 'x', idleMs: 10, downloadMs: 8, uploadMs: null })).toMatchObject({ increaseMs: 0, uploadIncreaseMs: null });
    expect(loadedReading({ target: 'x', idleMs: null, downloadMs: 8, uploadMs: 9 })).toBeNull();
  });
});
