import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../electron/ipc/contract.js';
import { dailySeries, hourlyProfile, localDay, short } from '../../renderer/src/model/history-series.js';

/** An entry at a local date and hour (the series work in local time). */
function at(y: number, mo: number, d: number, h: number, over: Partial<HistoryEntry> = {}): HistoryEntry {
  return { startedAt: new Date(y, mo - 1, d, h, 15).toISOString(), segment: 'none', lossPct: 0, latencyMs: 20, downMbps: 100, ...over };
}

describe('history series: what the chart draws', () => {
  it('averages each local day, ignoring figures that were not measured, oldest day first', () => {
    const days = dailySeries([
      at(2026, 11, 22, 20, { segment: 'isp', lossPct: 30, latencyMs: 80, downMbps: null }),
      at(2026, 11, 21, 9),
      at(2026, 11, 22, 8, { lossPct: 10, latencyMs: 20, downMbps: 50 }),
    ]);
    expect(days).toEqual([
      { day: '2026-11-21', checks: 1, problems: 0, lossPct: 0, latencyMs: 20, downMbps: 100 },
      { day: '2026-11-22', checks: 2, problems: 1, lossPct: 20, latencyMs: 50, downMbps: 50 },
    ]);
  });

  it('a day where nothing measured a figure has null, not 0', () => {
    expect(dailySeries([at(2026, 11, 21, 9, { downMbps: null })])[0]!.downMbps).toBeNull();
  });

  it('puts checks into the local hour they started and counts the problems there', () => {
    const hours = hourlyProfile([at(2026, 11, 21, 20, { segment: 'isp', lossPct: 40 }), at(2026, 11, 22, 20), at(2026, 11, 22, 9)]);
    expect(hours).toHaveLength(24);
    expect(hours[20]).toEqual({ hour: 20, checks: 2, problems: 1, lossPct: 20 });
    expect(hours[9]).toMatchObject({ checks: 1, problems: 0 });
    expect(hours[3]).toEqual({ hour: 3, checks: 0, problems: 0, lossPct: null });
  });

  it('localDay is the local calendar date', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('short: numbers on the chart axes and in the tables', () => {
  it('keeps what matters and drops trailing zeros', () => {
    expect([0, 0.5, 0.07, 12.34, 250.4].map(short)).toEqual(['0', '0.5', '0.07', '12.3', '250']);
  });
});
