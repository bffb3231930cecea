import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openHistory } from '../../../diagnostics/history/history-store.js';
import { historyOn } from '../../../electron/engine/app-history.js';
import { createAppCore } from '../../../electron/engine/app-core.js';
import { CHANNELS, type ResponseOf } from '../../../electron/ipc/contract.js';
import { dispatch } from '../../../electron/ipc/dispatch.js';
import { healthyReport, ispLossReport } from '../support/reports.js';

const NOW = new Date('2026-11-23T20:00:00Z');

type Timeline = Extract<ResponseOf<'monitor.timeline'>, { available: true }>;

/** The channel's answer, or a failure naming what came instead. */
async function timeline(handlers: Parameters<typeof dispatch>[0], days: 1 | 7): Promise<Timeline> {
  const r = await dispatch(handlers, 'monitor.timeline', { days });
  const value = r.ok ? (r.value as ResponseOf<'monitor.timeline'>) : null;
  if (!value?.available) throw new Error(`expected the timeline, got ${JSON.stringify(r)}`);
  return value;
}
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
    const day = await timeline(core.handlers, 1);
    // The answer passes the contract's own response schema (what the renderer checks).
    expect(CHANNELS['monitor.timeline'].response.safeParse(day).success).toBe(true);
    expect(day.events).toHaveLength(1);
    expect(day.events[0]).toMatchObject({ segment: 'isp', seconds: 7, snapshot: { headline: snapshot.verdict.headline, summary: snapshot.verdict.summary } });
    expect(day.state).toEqual({ status: 'watching', paused: null, since: new Date(NOW.getTime() - H).toISOString(), dropoutsNow: 0 });
    const week = await timeline(core.handlers, 7);
    expect(week.events.map((e) => e.segment)).toEqual(['home', 'isp']);
    expect(week.events[0]!.snapshot).toBeNull();
    expect(await dispatch(core.handlers, 'monitor.timeline', { days: 3 } as never)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    history.close();
  });

  it('monitor.snapshot opens the whole check of a drop-out’s moment, by the start the timeline gave', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-timeline-'));
    const history = historyOn(openHistory({ dir, now: () => NOW }), () => undefined, (d) => d);
    const { raw: _raw, ...snapshot } = await ispLossReport();
    const base = { targets: ['internet-0'], lossPct: 100, medianRttMs: null, providerHopSilent: false } as const;
    const start = NOW.getTime() - 2 * H + 123; // ms precision survives the round trip
    history.keepEvent({ ...base, kind: 'dropout', segment: 'isp', start, end: start + 7000, snapshot });
    history.keepEvent({ ...base, kind: 'dropout', segment: 'home', start: start - H, end: start - H + 3000 });
    const core = createAppCore({ engine: () => Promise.reject(new Error('x')), systemLang: 'en', transport: 'browser', openExternal: () => Promise.resolve(false), history, now: () => NOW });
    const [withSnap, without] = (await timeline(core.handlers, 1)).events.slice().reverse();
    const r = await dispatch(core.handlers, 'monitor.snapshot', { start: withSnap!.start });
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(CHANNELS['monitor.snapshot'].response.safeParse(r.value).success).toBe(true);
    const value = r.value as ResponseOf<'monitor.snapshot'>;
    if (!value.available || !value.snapshot) throw new Error(`expected the snapshot, got ${JSON.stringify(value)}`);
    // The whole report: verdict, every finding with its steps, the probes; no raw output kept.
    expect(value.snapshot.report.verdict).toEqual(snapshot.verdict);
    expect(value.snapshot.report.findings).toEqual(snapshot.findings);
    expect(value.snapshot.report.probes).toHaveLength(snapshot.probes.length);
    expect(value.snapshot.report.raw).toEqual([]);
    expect(value.snapshot.level).not.toBe('good');
    // An event without a snapshot, or a start no event has: null, not an error.
    expect(await dispatch(core.handlers, 'monitor.snapshot', { start: without!.start })).toMatchObject({ ok: true, value: { available: true, snapshot: null } });
    expect(await dispatch(core.handlers, 'monitor.snapshot', { start: new Date(start + 1).toISOString() })).toMatchObject({ ok: true, value: { available: true, snapshot: null } });
    expect(await dispatch(core.handlers, 'monitor.snapshot', { start: 'yesterday' } as never)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
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
