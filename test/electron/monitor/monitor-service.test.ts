import { describe, expect, it } from 'vitest';
import type { DetectorChange } from '../../../diagnostics/monitor/detector.js';
import type { MonitorEvent } from '../../../diagnostics/monitor/types.js';
import type { EventSnapshot, StoredEvent } from '../../../diagnostics/history/monitor-event-rows.js';
import { DropoutNotifier, NOTIFY_GAP_MS, type DropoutSummary } from '../../../electron/monitor/dropout-notifier.js';
import { MonitorService, type WatchCallbacks } from '../../../electron/monitor/monitor-service.js';
import type { MonitorState } from '../../../electron/monitor/monitor-state.js';
import { dropoutNotice, iconWithMonitor, monitorTrayLine } from '../../../electron/monitor/monitor-words.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { healthyReport } from '../support/reports.js';

const T0 = Date.parse('2026-11-23T19:00:00Z');
const MIN = 60_000;

const dropout = (start: number, seconds: number, segment: MonitorEvent['segment'] = 'isp'): MonitorEvent => ({
  kind: 'dropout', segment, start, end: start + seconds * 1000, targets: ['internet-0'], lossPct: 100, medianRttMs: null, providerHopSilent: false,
});

/** A watch the test drives by hand: it hands out its callbacks and ends when aborted. */
function fakeWatch(closedAtStop: MonitorEvent[] = []) {
  let cb: WatchCallbacks | null = null;
  let starts = 0;
  const watch = (c: WatchCallbacks): Promise<readonly MonitorEvent[]> => {
    cb = c;
    starts++;
    c.onWatching();
    return new Promise((resolve) => c.signal.addEventListener('abort', () => resolve(closedAtStop), { once: true }));
  };
  return {
    watch,
    change: (c: DetectorChange) => cb!.onChange(c),
    tick: (current: MonitorEvent[], paused: 'power-saver' | null = null) => cb!.onTick({ at: 0, paused, current, closed: [], figures: {} }),
    get starts() {
      return starts;
    },
  };
}

function service(o: { watch: ReturnType<typeof fakeWatch>; snapshot?: () => Promise<EventSnapshot>; clock?: { t: number } }) {
  const clock = o.clock ?? { t: T0 };
  const stored: StoredEvent[] = [];
  const notices: DropoutSummary[] = [];
  const states: MonitorState[] = [];
  const svc = new MonitorService({
    watch: o.watch.watch,
    store: (e) => stored.push(e),
    ...(o.snapshot ? { snapshot: o.snapshot } : {}),
    notify: (s) => notices.push(s),
    onState: (s) => states.push(s),
    warn: () => undefined,
    now: () => clock.t,
  });
  return { svc, stored, notices, states, clock };
}

describe('the tray’s monitor service', () => {
  it('starts once, reports watching, keeps each finished event, and stops to off', async () => {
    const w = fakeWatch();
    const { svc, stored, states } = service({ watch: w });
    svc.start();
    svc.start();
    expect(w.starts).toBe(1);
    expect(svc.state.status).toBe('watching');
    const e = dropout(T0 + MIN, 4);
    w.change({ type: 'began', event: { ...e, end: null } });
    w.tick([{ ...e, end: null }]);
    expect(svc.state.dropoutsNow).toBe(1);
    w.change({ type: 'ended', event: e });
    w.tick([]);
    await svc.stop();
    expect(stored).toEqual([e]);
    expect(svc.state.status).toBe('off');
    expect(svc.running).toBe(false);
    expect(states.map((s) => s.status)).toEqual(['starting', 'watching', 'watching', 'watching', 'off']);
  });

  it('shows a pause (battery saver) and keeps events still going on at stop, each once', async () => {
    const open = dropout(T0 + 2 * MIN, 3, 'home');
    const w = fakeWatch([open]);
    const { svc, stored } = service({ watch: w });
    svc.start();
    w.tick([], 'power-saver');
    expect(svc.state).toMatchObject({ status: 'paused', paused: 'power-saver' });
    w.change({ type: 'ended', event: open });
    await svc.stop();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.segment).toBe('home');
  });

  it('keeps the quick check of the moment with the event it began with', async () => {
    const report = await healthyReport();
    const { raw: _raw, ...snap } = report;
    const w = fakeWatch();
    const { svc, stored } = service({ watch: w, snapshot: () => Promise.resolve(snap) });
    svc.start();
    const e = dropout(T0, 5);
    w.change({ type: 'began', event: { ...e, end: null } });
    w.change({ type: 'ended', event: e });
    await svc.stop();
    expect(stored[0]!.snapshot?.verdict.headline).toBe(report.verdict.headline);
  });

  it('says unavailable when there is nothing to watch, and a failing watch never throws', async () => {
    const { svc } = service({ watch: { ...fakeWatch(), watch: () => Promise.resolve('no-targets' as const) } as unknown as ReturnType<typeof fakeWatch> });
    svc.start();
    await new Promise((r) => setTimeout(r, 0));
    expect(svc.state.status).toBe('unavailable');
    await svc.stop();
    const failing = service({ watch: { watch: () => Promise.reject(new Error('no ping')) } as unknown as ReturnType<typeof fakeWatch> });
    failing.svc.start();
    await new Promise((r) => setTimeout(r, 0));
    expect(failing.svc.state.status).toBe('unavailable');
    await failing.svc.stop();
  });

  it('notifies once when the line keeps dropping, then no more than once per 15 minutes, summing up the rest', async () => {
    const w = fakeWatch();
    const { svc, notices, clock } = service({ watch: w });
    svc.start();
    const end = (start: number, s: number, seg: MonitorEvent['segment'] = 'isp') => {
      clock.t = start + s * 1000;
      w.change({ type: 'ended', event: dropout(start, s, seg) });
    };
    end(T0, 3);
    expect(notices).toHaveLength(0); // one drop-out alone is only recorded
    end(T0 + 1 * MIN, 8);
    expect(notices).toEqual([{ count: 2, longestSeconds: 8, segments: ['isp'] }]);
    for (let i = 2; i < 12; i++) end(T0 + i * MIN, 2 + i, i % 2 ? 'home' : 'isp');
    expect(notices).toHaveLength(1); // a stream of drop-outs within 15 minutes: no stream of notices
    end(T0 + 17 * MIN, 4);
    expect(notices).toHaveLength(2);
    expect(notices[1]).toEqual({ count: 11, longestSeconds: 13, segments: ['isp', 'home'] });
    await svc.stop();
  });

  it('never notifies about bad spells', async () => {
    const w = fakeWatch();
    const { svc, notices } = service({ watch: w });
    svc.start();
    for (let i = 0; i < 5; i++) w.change({ type: 'ended', event: { ...dropout(T0 + i * MIN, 30), kind: 'bad-spell' } });
    expect(notices).toHaveLength(0);
    await svc.stop();
  });
});

describe('the drop-out notifier on its own', () => {
  it('counts the gap from the last notice, not from the last drop-out', () => {
    const got: DropoutSummary[] = [];
    const n = new DropoutNotifier((s) => got.push(s));
    n.dropout(T0, 2, 'vpn');
    n.dropout(T0 + 1000, 2, 'vpn');
    n.dropout(T0 + NOTIFY_GAP_MS - 1, 2, 'vpn');
    n.dropout(T0 + 1000 + NOTIFY_GAP_MS, 2, 'vpn');
    expect(got.map((s) => s.count)).toEqual([2, 2]);
  });
});

describe('the monitor’s words', () => {
  it('words the notice and the tray line in en, de and sv', () => {
    for (const lang of ['en', 'de', 'sv'] as const) {
      const tr = translator(lang);
      const t = (k: string) => tr.t(k);
      const n = dropoutNotice({ count: 3, longestSeconds: 12.4, segments: ['isp', 'home'] }, t);
      expect(n.body).toContain('3');
      expect(n.body).toContain('12');
      expect(n.body).toContain(t('dropoutsApp.notify.segment.isp'));
      expect(n.body).not.toMatch(/\{\{/);
      expect(monitorTrayLine({ status: 'watching', paused: null, since: T0, dropoutsNow: 0 }, t)).toBe(t('dropoutsApp.tray.watching'));
      expect(monitorTrayLine({ status: 'watching', paused: null, since: T0, dropoutsNow: 1 }, t)).toBe(t('dropoutsApp.tray.dropping'));
      expect(monitorTrayLine({ status: 'off', paused: null, since: null, dropoutsNow: 0 }, t)).toBe(t('dropoutsApp.tray.off'));
      // A pause names its reason: metered and battery saver read differently, in every language.
      const metered = monitorTrayLine({ status: 'paused', paused: 'metered', since: T0, dropoutsNow: 0 }, t);
      const saver = monitorTrayLine({ status: 'paused', paused: 'power-saver', since: T0, dropoutsNow: 0 }, t);
      expect(metered).toBe(t('monitorPause.tray.metered'));
      expect(saver).toBe(t('monitorPause.tray.power-saver'));
      expect(metered).not.toBe(saver);
      expect(metered).not.toMatch(/monitorPause/);
    }
    expect(translator('de').t('monitorPause.tray.metered')).toContain('getaktet');
    expect(translator('sv').t('monitorPause.tray.metered')).toContain('datapottsbegränsad');
    expect(translator('de').t('dropoutsApp.tray.watching')).not.toBe(translator('en').t('dropoutsApp.tray.watching'));
  });
});

describe('the tray icon while a drop-out goes on', () => {
  it('shows at least degraded, keeps checking and a worse level', () => {
    const dropping: MonitorState = { status: 'watching', paused: null, since: T0, dropoutsNow: 1 };
    const quiet: MonitorState = { ...dropping, dropoutsNow: 0 };
    expect(iconWithMonitor('good', dropping)).toBe('degraded');
    expect(iconWithMonitor('unknown', dropping)).toBe('degraded');
    expect(iconWithMonitor('down', dropping)).toBe('down');
    expect(iconWithMonitor('checking', dropping)).toBe('checking');
    expect(iconWithMonitor('good', quiet)).toBe('good');
  });
});
