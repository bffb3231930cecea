import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HistoryRecord } from '../../../diagnostics/history/history-record.js';
import { openHistory } from '../../../diagnostics/history/history-store.js';
import { historyOn, openAppHistory } from '../../../electron/engine/app-history.js';
import { createAppCore } from '../../../electron/engine/app-core.js';
import type { ResponseOf } from '../../../electron/ipc/contract.js';
import { dispatch } from '../../../electron/ipc/dispatch.js';
import { healthyReport, ispLossReport } from '../support/reports.js';

const NOW = new Date('2026-11-23T20:00:00Z');

async function coreWithHistory() {
  const dir = await mkdtemp(join(tmpdir(), 'homeline-apphist-'));
  const warnings: string[] = [];
  const history = historyOn(openHistory({ dir, now: () => NOW }), (w) => warnings.push(w), (d) => `failed: ${d}`);
  const seenPast: number[] = [];
  const seenEvents: number[] = [];
  const reports = [await healthyReport(), await ispLossReport()];
  let i = 0;
  const core = createAppCore({
    engine: async (o) => {
      seenPast.push(o.history?.length ?? -1);
      seenEvents.push(o.events?.length ?? -1);
      return reports[i++ % reports.length]!;
    },
    systemLang: 'en',
    transport: 'browser',
    openExternal: () => Promise.resolve(false),
    history,
    now: () => NOW,
  });
  return { core, dir, seenPast, seenEvents, warnings, history };
}

describe('the app records every check in the history the CLI keeps', () => {
  it('records each check, hands earlier ones to the engine, and history.list returns them', async () => {
    const { core, dir, seenPast } = await coreWithHistory();
    expect(await dispatch(core.handlers, 'app.info', {})).toMatchObject({ ok: true, value: { features: { history: true } } });
    await dispatch(core.handlers, 'check.run', { quick: true });
    await core.checks.run({ quick: true, lang: 'en', background: true });
    // The engine saw no earlier check the first time, one the second.
    expect(seenPast).toEqual([0, 1]);
    const r = await dispatch(core.handlers, 'history.list', { days: 7 });
    if (!r.ok) throw new Error(r.error.message);
    const value = r.value as ResponseOf<'history.list'>;
    if (!value.available) throw new Error('history should be available');
    expect(value.entries.map((e) => e.segment)).toEqual(['none', 'isp']);
    expect(value.kept).toBe(true);
    // The 30 % loss at the provider is the loss the chart shows.
    expect(value.entries[1]!.lossPct).toBeGreaterThan(20);
    expect(value.entries[0]!.latencyMs).toBeGreaterThan(0);
    // The same SQLite file the CLI's `homeline history` reads.
    const cli = openHistory({ dir, now: () => NOW });
    expect(cli.since(new Date(0))).toHaveLength(2);
    cli.close();
  });

  it('hands the monitor’s events of the last 7 days to the engine, so the app’s checks cite them as the CLI’s do', async () => {
    const { core, history, seenEvents } = await coreWithHistory();
    const at = (iso: string) => Date.parse(iso);
    const dropout = { kind: 'dropout' as const, segment: 'home' as const, targets: ['router'], lossPct: 100, medianRttMs: null, providerHopSilent: null };
    history.keepEvent({ ...dropout, start: at('2026-11-22T19:00:00Z'), end: at('2026-11-22T19:00:05Z') });
    history.keepEvent({ ...dropout, start: at('2026-11-10T19:00:00Z'), end: at('2026-11-10T19:00:05Z') }); // older than 7 days
    await core.checks.run({ quick: true, lang: 'en', background: true });
    expect(seenEvents).toEqual([1]);
  });

  it('history.list keeps to the asked days', async () => {
    const { core, history } = await coreWithHistory();
    await dispatch(core.handlers, 'check.run', { quick: true });
    // The reports say they started 2026-11-23T19:30Z; asking from ten days after that finds nothing.
    const later = history.list(1, new Date('2026-12-03T19:30:00Z'));
    expect(later).toEqual([]);
    expect(history.list(1, NOW)).toHaveLength(1);
  });

  it('a failing write is told, and the check still answers', async () => {
    const warnings: string[] = [];
    const failing = historyOn(
      { persistent: true, notice: null, add: () => { throw new Error('disk full'); }, since: () => [] as HistoryRecord[], latest: () => undefined, addEvent: () => undefined, eventsSince: () => [], prune: () => 0, close: () => undefined },
      (w) => warnings.push(w),
      (d) => `cannot record: ${d}`,
    );
    const core = createAppCore({ engine: () => healthyReport(), systemLang: 'en', transport: 'browser', openExternal: () => Promise.resolve(false), history: failing });
    const r = await dispatch(core.handlers, 'check.run', { quick: true });
    expect(r.ok).toBe(true);
    expect(warnings).toEqual(['cannot record: disk full']);
  });

  it('a history held in memory (the file could not be opened) says its checks are not kept', async () => {
    const memory = historyOn(
      { persistent: false, notice: null, add: () => undefined, since: () => [] as HistoryRecord[], latest: () => undefined, addEvent: () => undefined, eventsSince: () => [], prune: () => 0, close: () => undefined },
      () => undefined,
      (d) => d,
    );
    const core = createAppCore({ engine: () => healthyReport(), systemLang: 'en', transport: 'browser', openExternal: () => Promise.resolve(false), history: memory });
    expect(await dispatch(core.handlers, 'history.list', { days: 7 })).toEqual({ ok: true, value: { available: true, entries: [], kept: false } });
  });

  it('without a history the page is told it is not kept', async () => {
    const core = createAppCore({ engine: () => healthyReport(), systemLang: 'en', transport: 'browser', openExternal: () => Promise.resolve(false) });
    expect(await dispatch(core.handlers, 'history.list', { days: 7 })).toEqual({ ok: true, value: { available: false, reason: 'not-in-this-version' } });
  });

  it('openAppHistory opens the file under HOMELINE_HOME (the test setup’s temp dir)', async () => {
    const h = await openAppHistory('en', () => undefined);
    expect(h.persistent).toBe(true);
    h.close();
  });
});
