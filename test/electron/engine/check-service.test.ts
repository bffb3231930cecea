import { describe, expect, it, vi } from 'vitest';
import type { EngineRun } from '../../../electron/engine/check-service.js';
import { CheckService } from '../../../electron/engine/check-service.js';
import type { AppEvent } from '../../../electron/ipc/contract.js';
import { healthyReport, ispLossReport } from '../support/reports.js';

describe('the check service', () => {
  it('turns engine progress into events and ends with the report and its level', async () => {
    const report = await ispLossReport();
    const engine: EngineRun = async ({ onEvent }) => {
      onEvent({ type: 'start', id: 'gateway-ping' });
      onEvent({ type: 'finish', result: { id: 'gateway-ping', status: 'ok', durationMs: 5, data: {} } });
      return report;
    };
    const events: AppEvent[] = [];
    const trays: string[] = [];
    const s = new CheckService({ engine, emit: (e) => events.push(e), onTray: (t) => trays.push(t.checking ? 'checking' : t.level) });
    const outcome = await s.run({ quick: true, lang: 'en', background: false });
    expect(outcome).toMatchObject({ previous: 'unknown', level: 'degraded' });
    expect(events.map((e) => e.type)).toEqual(['check-started', 'probe-started', 'probe-finished', 'check-finished']);
    expect(events[2]).toEqual({ type: 'probe-finished', id: 'gateway-ping', status: 'ok' });
    expect(trays).toEqual(['checking', 'degraded']);
    expect(s.last).toBe(report);
  });

  it('runs the engine once when a second check is asked for while one runs', async () => {
    const report = await healthyReport();
    let release: () => void = () => undefined;
    const engine = vi.fn<EngineRun>(() => new Promise((resolve) => (release = () => resolve(report))));
    const s = new CheckService({ engine, emit: () => undefined });
    const a = s.run({ quick: true, lang: 'en', background: true });
    const b = s.run({ quick: false, lang: 'de', background: false });
    expect(s.isRunning).toBe(true);
    release();
    expect(await a).toBe(await b);
    expect(engine).toHaveBeenCalledTimes(1);
    expect(s.isRunning).toBe(false);
  });

  it('reports a failed run as an event and keeps the last level', async () => {
    const good = await healthyReport();
    let fail = false;
    const events: AppEvent[] = [];
    const s = new CheckService({
      engine: () => (fail ? Promise.reject(new Error('profile.json: not JSON')) : Promise.resolve(good)),
      emit: (e) => events.push(e),
    });
    await s.run({ quick: true, lang: 'en', background: false });
    fail = true;
    await expect(s.run({ quick: true, lang: 'en', background: false })).rejects.toThrow('profile.json: not JSON');
    expect(events.at(-1)).toEqual({ type: 'check-failed', message: 'profile.json: not JSON' });
    expect(s.tray).toMatchObject({ level: 'good', checking: false });
    expect(s.last).toBe(good);
  });
});
