import { beforeEach, describe, expect, it } from 'vitest';
import { uiLang, useUi } from '../../renderer/src/state/store.js';
import { healthyReport } from '../electron/support/reports.js';

const initial = useUi.getState();

describe('the UI store follows the main process’s events', () => {
  beforeEach(() => useUi.setState(initial, true));

  it('tracks a check from start through probe progress to the result', async () => {
    const { apply } = useUi.getState();
    apply({ type: 'check-started', quick: true, background: false });
    apply({ type: 'probe-started', id: 'adapters' });
    apply({ type: 'probe-finished', id: 'adapters', status: 'ok' });
    apply({ type: 'probe-started', id: 'gateway-ping' });
    let s = useUi.getState();
    expect(s.phase).toBe('running');
    expect([...s.progress.entries()]).toEqual([
      ['adapters', { state: 'done', status: 'ok' }],
      ['gateway-ping', { state: 'running' }],
    ]);
    const report = await healthyReport();
    apply({ type: 'check-finished', report, level: 'good' });
    s = useUi.getState();
    expect(s).toMatchObject({ phase: 'done', level: 'good', report });
  });

  it('starts each check with empty progress and shows a failure with its message', () => {
    const { apply } = useUi.getState();
    apply({ type: 'probe-started', id: 'wifi' });
    apply({ type: 'check-started', quick: true, background: true });
    expect(useUi.getState().progress.size).toBe(0);
    apply({ type: 'check-failed', message: 'profile.json is not JSON' });
    expect(useUi.getState()).toMatchObject({ phase: 'failed', error: 'profile.json is not JSON' });
  });

  it('keeps the connection monitor’s pushed state', () => {
    const state = { status: 'watching', paused: null, since: '2026-11-23T19:00:00.000Z', dropoutsNow: 1 } as const;
    useUi.getState().apply({ type: 'monitor-state', state });
    expect(useUi.getState().monitor).toEqual(state);
  });

  it('opens the page the tray asked for', () => {
    useUi.getState().apply({ type: 'navigate', page: 'isp' });
    expect(useUi.getState().page).toBe('isp');
  });

  it('speaks the chosen language, else the system’s', () => {
    const settings = { lang: 'system', ispName: '', contractDownMbps: null, contractUpMbps: null, customerNumber: '', lineId: '', startAtLogin: false, backgroundChecks: true, monitor: true } as const;
    expect(uiLang({ settings: null, systemLang: 'de' })).toBe('de');
    expect(uiLang({ settings, systemLang: 'sv' })).toBe('sv');
    expect(uiLang({ settings: { ...settings, lang: 'en' }, systemLang: 'sv' })).toBe('en');
  });
});
