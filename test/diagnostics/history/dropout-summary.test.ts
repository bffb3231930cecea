import { describe, expect, it } from 'vitest';
import { recentDropouts, summarizeDropouts } from '../../../diagnostics/history/dropout-summary.js';
import { ev, WEEK } from './monitor-event-fixtures.js';

const NOW = new Date('2026-11-23T19:30:00Z');

describe('summarizeDropouts', () => {
  it('counts one segment’s drop-outs, their range of lengths, the evening window and the silent hop', () => {
    expect(summarizeDropouts(WEEK, { segment: 'isp', now: NOW, days: 7, timeZone: 'UTC' })).toEqual({
      segment: 'isp',
      days: 7,
      count: 5,
      minSeconds: 5,
      maxSeconds: 40,
      window: { fromHour: 19, toHour: 22, count: 4 },
      hopSilent: 2,
    });
  });

  it('names no window when the drop-outs are spread over the day', () => {
    const spread = [ev('2026-11-20T02:00:00Z', 3), ev('2026-11-20T09:00:00Z', 3), ev('2026-11-20T15:00:00Z', 3), ev('2026-11-20T21:00:00Z', 3)];
    expect(summarizeDropouts(spread, { segment: 'isp', now: NOW, days: 7, timeZone: 'UTC' })?.window).toBeNull();
  });

  it('is null without drop-outs of that segment in the days asked', () => {
    expect(summarizeDropouts(WEEK, { segment: 'vpn', now: NOW, days: 7 })).toBeNull();
    expect(summarizeDropouts(WEEK, { segment: 'isp', now: NOW, days: 1 })).toBeNull();
  });
});

describe('recentDropouts', () => {
  it('takes the drop-outs of any segment that began in the last hour', () => {
    const recent = [ev('2026-11-23T18:20:00Z', 4), ev('2026-11-23T18:40:00Z', 6, { segment: 'home' }), ev('2026-11-23T19:00:00Z', 50, { kind: 'bad-spell' })];
    expect(recentDropouts([...WEEK, ...recent], NOW).map((e) => e.segment)).toEqual(['home']);
  });
});
