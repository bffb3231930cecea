import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../electron/ipc/contract.js';
import { textsFor } from '../../renderer/src/i18n/texts.js';
import { dropoutSlots } from '../../renderer/src/model/dropout-slots.js';
import { monitorStateText, timelineRows, timelineSummary } from '../../renderer/src/model/timeline-rows.js';
import { pageTitleKey } from '../../renderer/src/parts/page-title.js';
import { PAGES } from '../../renderer/src/state/store.js';

// The drop-outs page's data: bars per hour or day, and the table's worded rows, in en/de/sv.

const local = (h: number, m = 0, dayOffset = 0): number => new Date(2026, 10, 23 + dayOffset, h, m).getTime();
const NOW = local(21, 30);

const event = (start: number, seconds: number, segment: TimelineEvent['segment'], extra: Partial<TimelineEvent> = {}): TimelineEvent => ({
  kind: 'dropout',
  segment,
  start: new Date(start).toISOString(),
  end: new Date(start + seconds * 1000).toISOString(),
  seconds,
  lossPct: 100,
  medianRttMs: null,
  providerHopSilent: null,
  snapshot: null,
  ...extra,
});

const EVENTS = [
  event(local(19, 5), 4, 'isp', { providerHopSilent: true }),
  event(local(19, 40), 12, 'isp', { snapshot: { headline: 'Your provider’s line loses packets', summary: 'Loss beyond the router: 8 % of echoes.', segment: 'isp', startedAt: new Date(local(19, 40)).toISOString() } }),
  event(local(20, 10), 3, 'home'),
  event(local(8, 0, -3), 6, 'vpn'),
  event(local(8, 0, -9), 6, 'vpn'), // older than the week: in no slot
];

describe('the drop-out timeline’s bars', () => {
  it('24 hours: one bar per hour ending with this hour, each event in the hour it began, by part', () => {
    const slots = dropoutSlots(EVENTS, 1, NOW);
    expect(slots).toHaveLength(24);
    expect(slots.at(-1)!.from).toBe(local(21));
    const at19 = slots.find((s) => s.from === local(19))!;
    expect(at19).toMatchObject({ count: 2, seconds: 16, bySegment: { home: 0, isp: 2, vpn: 0 } });
    expect(slots.find((s) => s.from === local(20))!.bySegment.home).toBe(1);
    expect(slots.reduce((a, s) => a + s.count, 0)).toBe(3);
  });

  it('7 days: one bar per local day, the week’s VPN drop-out counted, the older one not', () => {
    const slots = dropoutSlots(EVENTS, 7, NOW);
    expect(slots).toHaveLength(7);
    expect(slots.at(-1)!.from).toBe(local(0));
    expect(slots.find((s) => s.from === local(0, 0, -3))!.bySegment.vpn).toBe(1);
    expect(slots.reduce((a, s) => a + s.count, 0)).toBe(4);
  });
});

describe('the drop-out table’s rows and the monitor’s sentence', () => {
  for (const lang of ['en', 'de', 'sv'] as const) {
    it(`words every row in ${lang}, newest first, with the snapshot’s verdict or that there was none`, () => {
      const tx = textsFor(lang);
      const rows = timelineRows(EVENTS.slice(0, 3), tx);
      expect(rows.map((r) => r.part)).toEqual([
        tx.t('dropoutsApp.segment.home'),
        tx.t('dropoutsApp.segment.isp'),
        `${tx.t('dropoutsApp.segment.isp')} (${tx.t('dropoutsApp.hopSilent')})`,
      ]);
      expect(rows[1]!.check).toBe('Your provider’s line loses packets');
      expect(rows[0]!.check).toBe(tx.t('dropoutsApp.noSnapshot'));
      expect(rows[0]!.checkDetail).toBeNull();
      expect(rows[1]!.checkDetail).toBe('Loss beyond the router: 8 % of echoes.');
      expect(rows[1]!.length).toContain('12');
      for (const r of rows) expect(JSON.stringify(r)).not.toMatch(/\{\{|dropoutsApp\./);
      expect(timelineSummary(EVENTS.slice(0, 3), tx)).toContain('19');
      const watching = monitorStateText({ status: 'watching', paused: null, since: null, dropoutsNow: 1 }, tx);
      expect(watching).toContain(tx.t('dropoutsApp.state.watching'));
      expect(watching).toContain(tx.t('dropoutsApp.state.now'));
      expect(monitorStateText({ status: 'paused', paused: 'woke-up', since: null, dropoutsNow: 0 }, tx)).toBe(tx.t('dropoutsApp.state.pausedWoke'));
      const metered = monitorStateText({ status: 'paused', paused: 'metered', since: null, dropoutsNow: 0 }, tx);
      expect(metered).toBe(tx.t('monitorPause.state.metered'));
      expect(metered).not.toBe(tx.t('dropoutsApp.state.paused'));
      expect(metered).not.toMatch(/monitorPause/);
    });
  }

  it('the page is in the menu with a name in each language', () => {
    expect(PAGES).toContain('dropouts');
    expect(textsFor('de').t(pageTitleKey('dropouts'))).toBe('Abbrüche');
    expect(textsFor('sv').t(pageTitleKey('history'))).toBe(textsFor('sv').t('app.nav.history'));
  });
});
