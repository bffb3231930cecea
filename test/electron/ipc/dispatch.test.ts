import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../electron/ipc/contract.js';
import { dispatch, type Handlers } from '../../../electron/ipc/dispatch.js';
import { appHandlers } from '../../../electron/ipc/app-handlers.js';
import { CheckService } from '../../../electron/engine/check-service.js';
import { memorySettings } from '../../../electron/engine/settings-memory.js';
import { healthyReport } from '../support/reports.js';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const checks = new CheckService({ engine: () => healthyReport(), emit: () => undefined });
  return {
    ...appHandlers({
      checks,
      settings: memorySettings(),
      systemLang: 'de',
      version: '1.2.3',
      transport: 'browser',
      openExternal: () => Promise.resolve(true),
    }),
    ...overrides,
  };
}

describe('dispatch: every call is checked against the contract before a handler sees it', () => {
  it('refuses a channel that does not exist, without calling anything', async () => {
    const r = await dispatch(handlers(), 'fs.readFile', { path: '/etc/passwd' });
    expect(r).toEqual({ ok: false, error: { code: 'unknown-channel', message: 'no such channel: fs.readFile' } });
  });

  it.each([
    ['check.run', { quick: 'yes' }, 'quick'],
    ['check.run', { quick: true, lang: 'fr' }, 'lang'],
    ['history.list', { days: 0 }, 'days'],
    ['settings.set', { contractDownMbps: -5 }, 'contractDownMbps'],
    ['link.open', { url: 'file:///etc/passwd' }, 'url'],
    ['link.open', { url: 'javascript:alert(1)' }, 'url'],
  ] as const)('refuses a bad %s request and names the field', async (channel, request, field) => {
    const handler = vi.fn();
    const r = await dispatch(handlers({ [channel]: handler }), channel, request);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('bad-request');
      expect(r.error.message).toContain(field);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it('passes a valid request on and answers the validated response', async () => {
    const r = await dispatch(handlers(), 'app.info', {});
    expect(r).toEqual({
      ok: true,
      value: { version: '1.2.3', systemLang: 'de', transport: 'browser', features: { history: false, tickets: false, bundles: true } },
    });
  });

  it('answers `failed` with the message when a handler throws', async () => {
    const r = await dispatch(handlers({ 'check.run': () => Promise.reject(new Error('profile.json: internet.pingTargets must be a list')) }), 'check.run', { quick: true });
    expect(r).toEqual({ ok: false, error: { code: 'failed', message: 'profile.json: internet.pingTargets must be a list' } });
  });

  it('throws when a handler breaks the contract (a bug, not a user error)', async () => {
    const broken = (() => Promise.resolve({ opened: 'yes' })) as unknown as Handlers['link.open'];
    await expect(dispatch(handlers({ 'link.open': broken }), 'link.open', { url: 'https://example.com/' })).rejects.toThrow();
  });

  it('reports the features a core was built without (no history store, no help desk) as unavailable, never as empty data', async () => {
    for (const [channel, request] of [
      ['history.list', { days: 30 }],
      ['ticket.preview', {}],
      ['ticket.send', { note: 'slow since Monday' }],
      ['outbox.list', {}],
    ] as const) {
      const r = await dispatch(handlers(), channel, request);
      expect(r, channel).toEqual({ ok: true, value: { available: false, reason: 'not-in-this-version' } });
    }
  });

  it('keeps settings changes and says they are not persisted', async () => {
    const h = handlers();
    const r = await dispatch(h, 'settings.set', { lang: 'sv', contractDownMbps: 100 });
    expect(r).toMatchObject({ ok: true, value: { persisted: false, settings: { lang: 'sv', contractDownMbps: 100, ispName: '' } } });
    expect(await dispatch(h, 'settings.get', {})).toMatchObject({ ok: true, value: { settings: { lang: 'sv' } } });
  });

  it('runs checks in the language the user chose, else the system’s', async () => {
    const langs: string[] = [];
    const checks = new CheckService({ engine: async ({ lang }) => (langs.push(lang), healthyReport()), emit: () => undefined });
    const h = appHandlers({ checks, settings: memorySettings(), systemLang: 'de', version: '1', transport: 'electron', openExternal: () => Promise.resolve(false) });
    await dispatch(h, 'check.run', { quick: true });
    await dispatch(h, 'settings.set', { lang: 'sv' });
    await dispatch(h, 'check.run', { quick: true });
    expect(langs).toEqual(['de', 'sv']);
  });

  it('hands the page the tray asked for to the UI once', async () => {
    let pending: 'isp' | null = 'isp';
    const checks = new CheckService({ engine: () => healthyReport(), emit: () => undefined });
    const take = () => {
      const p = pending;
      pending = null;
      return p;
    };
    const h = appHandlers({ checks, settings: memorySettings(), systemLang: 'en', version: '1', transport: 'electron', openExternal: () => Promise.resolve(false), takePendingPage: take });
    expect(await dispatch(h, 'window.pendingPage', {})).toEqual({ ok: true, value: { page: 'isp' } });
    expect(await dispatch(h, 'window.pendingPage', {})).toEqual({ ok: true, value: { page: null } });
  });

  it('has a request and a response schema for every channel', () => {
    for (const [name, spec] of Object.entries(CHANNELS)) {
      expect(typeof spec.request.safeParse, name).toBe('function');
      expect(typeof spec.response.safeParse, name).toBe('function');
    }
  });
});
