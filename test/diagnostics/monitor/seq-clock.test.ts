import { describe, expect, it } from 'vitest';
import { SeqClock } from '../../../diagnostics/monitor/seq-clock.js';

// Lines as parseStreamLine returns them; the times are written for this test, not recorded.
const reply = (seq: number, rttMs: number) => ({ kind: 'reply' as const, seq, rttMs });
const lost = (seq: number) => ({ kind: 'lost' as const, seq });

describe('SeqClock', () => {
  it('times a reply by its round trip', () => {
    expect(new SeqClock(1000).outcomes(reply(1, 20), 10_020)).toEqual([{ sentAt: 10_000, rttMs: 20 }]);
  });

  it('times a late burst of unreachable reports by their sequence numbers, not by arrival', () => {
    const c = new SeqClock(1000);
    c.outcomes(reply(1, 1), 10_001);
    // Echoes 2-4 went out at 11 000, 12 000, 13 000; Linux reports them unreachable together at 15 500.
    const burst = [2, 3, 4].flatMap((s) => c.outcomes(lost(s), 15_500));
    expect(burst).toEqual([
      { sentAt: 11_000, rttMs: null },
      { sentAt: 12_000, rttMs: null },
      { sentAt: 13_000, rttMs: null },
    ]);
  });

  it('reports one echo lost once, although ping says so twice', () => {
    const c = new SeqClock(1000);
    c.outcomes(reply(1, 1), 10_001);
    expect(c.outcomes(lost(2), 12_000)).toHaveLength(1); // "no answer yet for icmp_seq=2"
    expect(c.outcomes(lost(2), 14_000)).toEqual([]); // "From … icmp_seq=2 Destination Host Unreachable"
  });

  it('fills skipped sequence numbers with losses before the line that skipped them', () => {
    const c = new SeqClock(1000);
    c.outcomes(reply(1, 1), 10_001);
    expect(c.outcomes(reply(4, 2), 13_002)).toEqual([
      { sentAt: 11_000, rttMs: null },
      { sentAt: 12_000, rttMs: null },
      { sentAt: 13_000, rttMs: 2 },
    ]);
  });

  it('times a loss one interval before it was read while there is no reply to anchor on', () => {
    expect(new SeqClock(500).outcomes(lost(7), 9000)).toEqual([{ sentAt: 8500, rttMs: null }]);
  });

  it('times Windows lines (no sequence numbers) by when they were read', () => {
    const c = new SeqClock(1000);
    expect(c.outcomes({ kind: 'lost', seq: null }, 9000)).toEqual([{ sentAt: 8000, rttMs: null }]);
    expect(c.outcomes({ kind: 'reply', seq: null, rttMs: 3 }, 9003)).toEqual([{ sentAt: 9000, rttMs: 3 }]);
  });
});
