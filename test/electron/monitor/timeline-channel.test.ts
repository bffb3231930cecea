import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../../diagnostics/history/history-store.js';
import { historyOn } from '../../../electron/engine/app-history.js';
import { createAppCore } from '../../../electron/engine/app-core.js';
import { CHANNELS } from '../../../electron/ipc/contract.js';
import { dispatch } from '../../../electron/ipc/dispatch.js';
import { healthyReport } from '../support/reports.js';

const NOW = new Date('2026-11-23T20:00:00Z');
const H = 3_600_000;

describe('the monitor.timeline channel', () => {
  it('answers the events of the last 24 h or 7 days with their snapshot verdict and the monitor’s state', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-timeline-'));
    const history = historyOn(openHistory({ dir, now: () => NOW }), () => undefined, (d) => d);
    const { raw: _raw, ...snapshot } = await healthyReport();
    const base = { targets: ['internet-0'], lossPct: 100, medianRttMs: null, providerHopSilent: false } as const;
    history.keepEvent({ ...base, kind: 'dropout', segment: 'isp', start: NOW.getTime() - 2 * H, end: NOW.getTime() - 2 * H + 7000, snapshot });
    history.keepEvent({ ...base, kind: 'dropout', segment: 'home', start: NOW.getTime() - 50 * H, end: NOW.getTime() - 50 * H + 3000 });
    const core = createAppCore({
      engine: () => Promise.reject(new Error('no checks here')),
      systemLang: 'en',
      transport: 'browser',
      openExternal: () => Promise.resolve(false),
      history,
      now: () => NOW,
      monitorState: () => ({ status: 'watching', paused: null, since: NOW.getTime() - H, dropoutsNow: 0 }),
    });
    const day = await dispatch(core.handlers, 'monitor.timeline', { days: 1 });
    expect(day.ok).toBe(true);
    if (!day.ok || !day.value.available) throw new Error('expected the timeline');
    // The answer passes the contract's own response schema (what the renderer checks).
    expect(CHANNELS['monitor.timeline'].response.safeParse(day.value).success).toBe(true);
    expect(day.value.events).toHaveLength(1);
    expect(day.value.events[0]).toMatchObject({ segment: 'isp', seconds: 7, snapshot: { headline: snapshot.verdict.headline } });
    expect(day.value.state).toEqual({ status: 'watching', paused: null, since: new Date(NOW.getTime() - H).toISOString(), dropoutsNow: 0 });
    const week = await dispatch(core.handlers, 'monitor.timeline', { days: 7 });
    if (!week.ok || !week.value.available) throw new Error('expected the timeline');
    expect(week.value.events.map((e) => e.segment)).toEqual(['home', 'isp']);
    expect(week.value.events[0]!.snapshot).toBeNull();
    expect(await dispatch(core.handlers, 'monitor.timeline', { days: 3 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    history.close();
  });

  it('says unavailable without a history, and off where no monitor runs (the browser transport)', async () => {
    const core = createAppCore({ engine: () => Promise.reject(new Error('x')), systemLang: 'en', transport: 'browser', openExternal: () => Promise.resolve(false) });
    expect(await dispatch(core.handlers, 'monitor.timeline', { days: 1 })).toMatchObject({ ok: true, value: { available: false } });
    const dir = await mkdtemp(join(tmpdir(), 'homeline-timeline-'));
    const history = historyOn(openHistory({ dir, now: () => NOW }), () => undefined, (d) => d);
    const browser = createAppCore({ engine: () => Promise.reject(new Error('x')), systemLang: 'en', transport: 'browser', openExternal: () => Promise.resolve(false), history, now: () => NOW });
    expect(await dispatch(browser.handlers, 'monitor.timeline', { days: 7 })).toMatchObject({ ok: true, value: { available: true, events: [], state: { status: 'off' } } });
    history.close();
  });
});
