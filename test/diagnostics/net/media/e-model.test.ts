import { describe, expect, it } from 'vitest';
import { delayImpairment, eModel, G711_PLC, G729A_VAD, lossImpairment, mosFromR, oneWayDelayMs } from '../../../../diagnostics/net/media/e-model.js';
import { gradeCall, gradeFromR, limitingFigures } from '../../../../diagnostics/net/media/call-grade.js';

// Worked values, computed by hand from the formulas in e-model.ts (G.107, Cole & Rosenbluth, G.113).

describe('E-model pieces', () => {
  it('one-way delay = RTT/2 + 2 × jitter + 25 ms codec frame', () => {
    expect(oneWayDelayMs({ rttAvgMs: 20, jitterMs: 2 })).toBe(39); // 10 + 4 + 25
    expect(oneWayDelayMs({ rttAvgMs: null, jitterMs: null })).toBe(25);
  });

  it('delay impairment: 0.024·d below 177.3 ms, plus 0.11·(d − 177.3) above', () => {
    expect(delayImpairment(39)).toBeCloseTo(0.936, 3);
    expect(delayImpairment(265)).toBeCloseTo(6.36 + 0.11 * 87.7, 3); // 16.007
  });

  it('loss impairment: Ie + (95 − Ie)·Ppl/(Ppl + Bpl)', () => {
    expect(lossImpairment(0)).toBe(0);
    expect(lossImpairment(5)).toBeCloseTo((95 * 5) / 30.1, 3); // 15.781
    expect(lossImpairment(10)).toBeCloseTo((95 * 10) / 35.1, 3); // 27.066
    expect(lossImpairment(0, G729A_VAD)).toBe(11);
    expect(lossImpairment(250)).toBeCloseTo((95 * 100) / 125.1, 3); // clamped to 100 %
  });

  it('MOS from R at the band edges (G.107 Annex B)', () => {
    expect(mosFromR(80)).toBeCloseTo(4.024, 3);
    expect(mosFromR(70)).toBeCloseTo(3.597, 3);
    expect(mosFromR(50)).toBeCloseTo(2.575, 3);
    expect(mosFromR(-3)).toBe(1);
    expect(mosFromR(101)).toBe(4.5);
  });
});

describe('eModel worked examples', () => {
  it('a clean path: R 92.3, MOS 4.39', () => {
    expect(eModel({ lossPct: 0, rttAvgMs: 20, jitterMs: 2 })).toEqual({
      oneWayDelayMs: 39, delayImpairment: 0.9, lossImpairment: 0, r: 92.3, mos: 4.39, codec: G711_PLC.name,
    });
  });

  it('5 % random loss: R 76.5 (fair)', () => {
    const m = eModel({ lossPct: 5, rttAvgMs: 20, jitterMs: 2 });
    expect(m.r).toBe(76.5); // 93.2 − 0.936 − 15.781
    expect(gradeFromR(m.r)).toBe('fair');
  });

  it('a long satellite-like delay without loss: R 77.2 (fair)', () => {
    const m = eModel({ lossPct: 0, rttAvgMs: 400, jitterMs: 20 });
    expect(m.oneWayDelayMs).toBe(265);
    expect(m.r).toBe(77.2); // 93.2 − 16.007
  });

  it('the stricter codec costs 11 points', () => {
    expect(eModel({ lossPct: 0, rttAvgMs: 20, jitterMs: 2 }, G729A_VAD).r).toBe(81.3);
  });
});

describe('gradeCall', () => {
  const f = (lossPct: number, jitterMs: number, rttAvgMs: number) => ({ received: 10, lossPct, jitterMs, rttAvgMs });
  it('grades by R in the G.109 bands', () => {
    expect(gradeCall(f(0, 2, 20))).toBe('good'); // R 92.3
    expect(gradeCall(f(3, 2, 20))).toBe('good'); // 93.2 − 0.94 − 10.14 = 82.1
    expect(gradeCall(f(5, 2, 20))).toBe('fair'); // 76.5
    expect(gradeCall(f(10, 2, 20))).toBe('poor'); // 65.2
    expect(gradeCall(f(25, 2, 20))).toBe('bad'); // 93.2 − 0.94 − 47.41 = 44.9
    expect(gradeCall(f(0, 50, 600))).toBe('poor'); // d = 425 ms: Id 37.4 → R 55.8
    expect(gradeCall(f(0, 2, 20), G729A_VAD)).toBe('good');
    expect(gradeCall(f(5, 2, 20), G729A_VAD)).toBe('poor'); // 93.2 − 0.94 − (11 + 84·5/24) = 63.8
  });

  it('gives no grade when nothing came back', () => {
    expect(gradeCall({ received: 0, lossPct: 100, jitterMs: null, rttAvgMs: null })).toBeNull();
  });

  it('names the figures that miss the Teams pass criteria', () => {
    expect(limitingFigures({ lossPct: 5, jitterMs: 40, rttAvgMs: 20 })).toEqual(['loss', 'jitter']);
    expect(limitingFigures({ lossPct: 0, jitterMs: 1, rttAvgMs: 20 })).toEqual([]);
    expect(limitingFigures({ lossPct: 0, jitterMs: 1, rttAvgMs: 150 })).toEqual(['rtt']);
  });
});
