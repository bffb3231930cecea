import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOSS_RULE, lossCall, splitCount } from '../../../../diagnostics/net/ping/sequential-loss.js';
import { wilsonInterval } from '../../../../diagnostics/net/ping/stats.js';
import { lossLevel } from '../../../../diagnostics/verdict/loss.js';

const figures = (lost: number, sent: number) => ({ sent, received: sent - lost, lossPct: Math.round((lost / sent) * 1000) / 10, lossCi95: wilsonInterval(lost, sent) });

describe('lossCall', () => {
  it('leaves 100 clean echoes open (up to 3.7 % could hide in them) and calls 200 clean', () => {
    expect(lossCall(0, 100)).toBe('open');
    expect(lossCall(0, 200)).toBe('clean');
  });

  it('calls 10 % loss lossy once the interval is ±2 points: not at 450 echoes, yes at 900', () => {
    expect(lossCall(10, 100)).toBe('open');
    expect(lossCall(45, 450)).toBe('open');
    expect(lossCall(90, 900)).toBe('lossy');
  });

  it('keeps 30 % loss open up to the 1500 cap: ±2 points would take about 2100 echoes', () => {
    expect(lossCall(310, 1034)).toBe('open');
    expect(lossCall(450, 1500)).toBe('open');
    expect(lossCall(630, 2100)).toBe('lossy');
  });

  it('keeps a borderline line (2 % loss) open even at 1500 echoes: the cap decides', () => {
    expect(lossCall(30, 1500)).toBe('open');
  });

  it('says nothing without echoes', () => {
    expect(lossCall(0, 0)).toBe('open');
  });

  it('never stops where the verdict could still change its mind about a problem', () => {
    // 'clean' must mean the verdict says no problem; 'lossy' that it says problem. Nothing back
    // at all is an outage, which the verdict reads apart from loss (and measurePing stops on).
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (sent, f) => {
        const lost = Math.round(sent * f);
        const call = lossCall(lost, sent);
        if (lost === sent) return true;
        if (call === 'clean') return lossLevel(figures(lost, sent)) !== 'problem';
        if (call === 'lossy') return lossLevel(figures(lost, sent)) === 'problem';
        return true;
      }),
    );
  });

  it('stops a lossy line only when the interval is at most ±3 points', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (sent, f) => {
        const lost = Math.round(sent * f);
        if (lossCall(lost, sent) !== 'lossy') return true;
        const [lo, hi] = wilsonInterval(lost, sent);
        return (hi - lo) / 2 <= DEFAULT_LOSS_RULE.maxHalfWidthPct;
      }),
    );
  });
});

describe('splitCount', () => {
  it('splits evenly, larger parts first, never into empty parts', () => {
    expect(splitCount(1400, 3)).toEqual([467, 467, 466]);
    expect(splitCount(5, 3)).toEqual([2, 2, 1]);
    expect(splitCount(2, 3)).toEqual([1, 1]);
    expect(splitCount(0, 3)).toEqual([]);
  });
});
