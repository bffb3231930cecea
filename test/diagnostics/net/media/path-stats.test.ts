import { describe, expect, it } from 'vitest';
import { interarrivalJitter, pathStats, type Exchange } from '../../../../diagnostics/net/media/path-stats.js';

// Trains written by hand for these tests (no network): every figure below is worked out in the comments.

const train = (rtts: readonly (number | null)[], every = 20): Exchange[] =>
  rtts.map((rtt, seq) => ({ seq, sentAt: seq * every, receivedAt: rtt === null ? null : seq * every + rtt }));

describe('interarrivalJitter (RFC 3550 §6.4.1)', () => {
  it('is zero for a perfectly steady path', () => {
    expect(interarrivalJitter([10, 10, 10, 10])).toBe(0);
  });

  it('follows J += (|D| − J)/16 step by step', () => {
    // D = 6 then 6: J1 = 6/16 = 0.375; J2 = 0.375 + 5.625/16 = 0.7265625
    expect(interarrivalJitter([10, 16, 10])).toBeCloseTo(0.7265625, 9);
  });

  it('converges to the mean absolute step on a long alternating path', () => {
    const rtts = Array.from({ length: 400 }, (_, i) => (i % 2 === 0 ? 20 : 60));
    expect(interarrivalJitter(rtts)).toBeCloseTo(40, 3);
  });

  it('needs two answers', () => {
    expect(interarrivalJitter([12])).toBeNull();
  });
});

describe('pathStats', () => {
  it('counts loss, round trips and percentiles', () => {
    const s = pathStats(train([10, null, 30, 20, null]));
    expect(s.sent).toBe(5);
    expect(s.received).toBe(3);
    expect(s.lossPct).toBe(40);
    expect(s.rttAvgMs).toBe(20);
    expect(s.rttMinMs).toBe(10);
    expect(s.rttP95Ms).toBe(30);
    expect(s.reordered).toBe(0);
  });

  it('counts an answer overtaken by a later one as reordered and takes jitter in arrival order', () => {
    // seq 0 answered at 100 (rtt 100), seq 1 at 30 (rtt 10), seq 2 at 50 (rtt 10): arrival order 1, 2, 0.
    const s = pathStats(train([100, 10, 10]));
    expect(s.reordered).toBe(1);
    // RTTs in arrival order 10, 10, 100: J = 0, then (90 − 0)/16 = 5.625 → 5.6
    expect(s.jitterMs).toBe(5.6);
  });

  it('reports no figures for a silent path', () => {
    const s = pathStats(train([null, null]));
    expect(s).toMatchObject({ lossPct: 100, rttAvgMs: null, jitterMs: null, received: 0 });
  });
});
