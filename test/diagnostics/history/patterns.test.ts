import { describe, expect, it } from 'vitest';
import { findPatterns } from '../../../diagnostics/history/patterns.js';
import { check, twoWeeks } from './history-fixtures.js';

const now = new Date('2026-11-23T08:00:00Z');
const BAD = new Set([0, 2, 3, 5, 6, 8, 9, 11, 13]); // nine of fourteen evenings
const eveningLoss = (day: number) => (BAD.has(day) ? 8 + (day % 5) : 0);

describe('history patterns', () => {
  it('finds loss that recurs in the evening hours and cites its days and range', () => {
    expect(findPatterns(twoWeeks(eveningLoss), { now, timeZone: 'UTC' })).toEqual([
      { kind: 'time-of-day', fromHour: 20, toHour: 21, badDays: 9, days: 14, lossMinPct: 8, lossMaxPct: 12 },
    ]);
  });

  it('counts hours in the user’s time zone', () => {
    expect(findPatterns(twoWeeks(eveningLoss), { now, timeZone: 'Europe/Stockholm' })[0]).toMatchObject({ fromHour: 21, toHour: 22 });
  });

  it('sees no pattern in a clean history, nor when loss is spread over the whole day', () => {
    expect(findPatterns(twoWeeks(() => 0), { now, timeZone: 'UTC' })).toEqual([]);
    const everywhere = twoWeeks(eveningLoss).map((r, i) => (i % 2 === 0 ? check(r.startedAt.toISOString(), { internetLossPct: 9 }) : r));
    expect(findPatterns(everywhere, { now, timeZone: 'UTC' })).toEqual([]);
  });

  it('needs three lossy days before it calls something a pattern', () => {
    expect(findPatterns(twoWeeks((d) => (d === 3 || d === 9 ? 10 : 0)), { now, timeZone: 'UTC' })).toEqual([]);
  });

  it('does not count loss that starts at the router (that is the home network)', () => {
    const homeLoss = twoWeeks(eveningLoss).map((r) => ((r.figures.internetLossPct ?? 0) > 0 ? check(r.startedAt.toISOString(), { ...r.figures, gatewayLossPct: 7 }) : r));
    expect(findPatterns(homeLoss, { now, timeZone: 'UTC' })).toEqual([]);
  });

  it('finds a weekday with recurring loss over eight weeks', () => {
    const records = [];
    for (let d = 1; d <= 56; d++) {
      const at = new Date(now.getTime() - d * 86_400_000);
      const monday = at.getUTCDay() === 1;
      // One check a day at the same hour: only the weekday tells the lossy days apart.
      records.push(check(at.toISOString(), monday && d % 3 !== 0 ? { internetLossPct: 6 } : {}));
    }
    // Day 56 is just outside the eight-week window: 7 Mondays, 5 of them lossy (days 21 and 42 clean).
    const found = findPatterns(records, { now, timeZone: 'UTC' });
    expect(found).toContainEqual({ kind: 'weekday', weekday: 1, badDays: 5, days: 7, lossMinPct: 6, lossMaxPct: 6 });
  });

  it('ignores checks outside its window and in the future', () => {
    const old = twoWeeks(eveningLoss, '2026-10-01');
    expect(findPatterns(old, { now, timeZone: 'UTC' })).toEqual([]);
  });
});
