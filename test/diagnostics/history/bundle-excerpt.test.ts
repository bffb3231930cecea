import { describe, expect, it } from 'vitest';
import { historySchema } from '../../../diagnostics/bundle/history-row.js';
import { historyExcerpt } from '../../../diagnostics/history/bundle-excerpt.js';
import { NO_FIGURES } from '../../../diagnostics/history/figures.js';
import type { HistoryRecord } from '../../../diagnostics/history/history-record.js';

const now = new Date('2026-11-23T12:00:00Z');
const at = (daysAgo: number): HistoryRecord => ({
  startedAt: new Date(now.getTime() - daysAgo * 86_400_000),
  segment: 'isp',
  findingIds: ['isp.loss'],
  figures: { ...NO_FIGURES, internetLossPct: daysAgo, dnsOk: true },
});

describe('historyExcerpt', () => {
  it('keeps the last two weeks, oldest first, in the shape a bundle validates', () => {
    const rows = historyExcerpt([at(1), at(20), at(3), at(14.5)], now);
    expect(rows.map((r) => r.figures?.internetLossPct)).toEqual([3, 1]);
    expect(historySchema.safeParse(rows).success).toBe(true);
    expect(rows[0]).toMatchObject({ at: '2026-11-20T12:00:00.000Z', segment: 'isp', findingIds: ['isp.loss'] });
  });

  it('carries at most 200 checks, the newest', () => {
    const many = Array.from({ length: 300 }, (_, i) => at(i / 100));
    const rows = historyExcerpt(many, now);
    expect(rows).toHaveLength(200);
    expect(rows.at(-1)?.figures?.internetLossPct).toBe(0);
  });
});
