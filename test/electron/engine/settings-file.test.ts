import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../../diagnostics/policy/validate-policy.js';
import { loadUserSettings } from '../../../diagnostics/settings/user-settings.js';
import { createAppCore } from '../../../electron/engine/app-core.js';
import { fileSettings, LockedSettingError } from '../../../electron/engine/settings-file.js';
import { dispatch } from '../../../electron/ipc/dispatch.js';
import type { IspSettings } from '../../../diagnostics/settings/user-settings.js';
import { healthyReport } from '../support/reports.js';

const src = { location: '/etc/homeline/policy.json', scope: 'machine' as const };
const policyOf = (content: Record<string, unknown>) =>
  validatePolicy([{ source: src, found: true, entries: Object.entries(content).map(([name, value]) => ({ name, value, source: src })) }]);
const tempDir = () => mkdtemp(join(tmpdir(), 'homeline-settings-'));

describe('the app keeps its settings in the user-settings store', () => {
  it('writes ISP details to `isp` and policy keys to `preferences`, and reads them back after a restart', async () => {
    const dir = await tempDir();
    const first = await fileSettings({ dir, policy: policyOf({}), lang: 'en' });
    expect(first.persisted).toBe(true);
    await first.set({ ispName: 'Telekom', contractDownMbps: 100, contractUpMbps: 40, customerNumber: 'K-123', lineId: 'DEU.DTAG.X1', lang: 'de', backgroundChecks: false, startAtLogin: true });
    const stored = (await loadUserSettings(dir)).settings;
    expect(stored.isp).toEqual({ name: 'Telekom', contractDownMbps: 100, contractUpMbps: 40, customerNumber: 'K-123', lineId: 'DEU.DTAG.X1' });
    expect(stored.preferences).toEqual({ language: 'de', backgroundCheckMinutes: 0, startAtLogin: true });
    const again = await fileSettings({ dir, policy: policyOf({}), lang: 'en' });
    expect(again.get()).toMatchObject({ ispName: 'Telekom', customerNumber: 'K-123', lang: 'de', backgroundChecks: false, startAtLogin: true });
    expect(again.isp()).toEqual(stored.isp);
  });

  it('keeps what the CLI stored that the app does not show (history retention, other preferences)', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 1, historyRetentionDays: 30, preferences: { redactionLevel: 'strict' } }));
    const s = await fileSettings({ dir, policy: policyOf({}), lang: 'en' });
    await s.set({ ispName: 'Vodafone' });
    const stored = (await loadUserSettings(dir)).settings;
    expect(stored).toMatchObject({ historyRetentionDays: 30, preferences: { redactionLevel: 'strict' }, isp: { name: 'Vodafone' } });
  });

  it('sees what the CLI stored while the app ran, and keeps it when the app saves', async () => {
    const dir = await tempDir();
    const s = await fileSettings({ dir, policy: policyOf({}), lang: 'en' });
    await s.set({ ispName: 'Telia' });
    // `homeline isp set` (or a second Homeline) writes meanwhile.
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 1, historyRetentionDays: 14, isp: { name: 'Telia', lineId: 'L-9' } }));
    await s.refresh();
    expect(s.get().lineId).toBe('L-9');
    await s.set({ customerNumber: 'C-1' });
    expect((await loadUserSettings(dir)).settings).toMatchObject({ historyRetentionDays: 14, isp: { name: 'Telia', lineId: 'L-9', customerNumber: 'C-1' } });
  });

  it('clearing every ISP field removes `isp` rather than storing empty strings the store would refuse', async () => {
    const dir = await tempDir();
    const s = await fileSettings({ dir, policy: policyOf({}), lang: 'en' });
    await s.set({ ispName: 'Telia' });
    await s.set({ ispName: '  ' });
    expect((await loadUserSettings(dir)).settings.isp).toBeUndefined();
    expect(s.isp()).toBeUndefined();
  });

  it('keeps the monitor switch under policy: monitorEnabled false turns it off and locks it', async () => {
    const dir = await tempDir();
    const free = await fileSettings({ dir, policy: policyOf({}), lang: 'en' });
    expect(free.get().monitor).toBe(true);
    await free.set({ monitor: false });
    expect((await loadUserSettings(dir)).settings.preferences).toMatchObject({ monitorEnabled: false });
    expect(free.get().monitor).toBe(false);
    const managed = await fileSettings({ dir, policy: policyOf({ monitorEnabled: false }), lang: 'en' });
    expect(managed.locked()).toContain('monitor');
    await expect(managed.set({ monitor: true })).rejects.toBeInstanceOf(LockedSettingError);
    const forced = await fileSettings({ dir, policy: policyOf({ monitorEnabled: true }), lang: 'en' });
    expect(forced.get().monitor).toBe(true);
  });

  it('shows policy values as locked and refuses to change them, writing nothing', async () => {
    const dir = await tempDir();
    const s = await fileSettings({ dir, policy: policyOf({ language: 'sv', userMayChange: ['backgroundCheckMinutes'] }), lang: 'en' });
    expect(s.get().lang).toBe('sv');
    // language: set by policy; startAtLogin and the monitor: not in userMayChange, so locked at their defaults.
    expect([...s.locked()].sort()).toEqual(['lang', 'monitor', 'startAtLogin']);
    expect(s.get().startAtLogin).toBe(true);
    await expect(s.set({ lang: 'en' })).rejects.toBeInstanceOf(LockedSettingError);
    await expect(readFile(join(dir, 'settings.json'), 'utf8')).rejects.toThrow(/ENOENT/);
    // Sending the locked value unchanged (a whole form) is not a change.
    await s.set({ lang: 'sv', backgroundChecks: false });
    expect(s.get().backgroundChecks).toBe(false);
  });

  it('a user value policy now forbids stays in the file but does not apply', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 1, preferences: { language: 'de' } }));
    const s = await fileSettings({ dir, policy: policyOf({ language: 'en' }), lang: 'en' });
    expect(s.get().lang).toBe('en');
    expect((await loadUserSettings(dir)).settings.preferences).toEqual({ language: 'de' });
  });

  it('a broken settings file is reported and moved aside; the app starts with defaults', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'settings.json'), '{ not json');
    const problems: string[] = [];
    const s = await fileSettings({ dir, policy: policyOf({}), lang: 'en', onProblem: (p) => problems.push(p.keptAt) });
    expect(problems).toHaveLength(1);
    expect(await readFile(problems[0]!, 'utf8')).toBe('{ not json');
    expect(s.get()).toMatchObject({ lang: 'system', ispName: '', backgroundChecks: true });
  });
});

describe('settings over the contract, and the check citing them', () => {
  it('settings.get answers persisted and the locked keys; every check gets the user’s ISP details', async () => {
    const dir = await tempDir();
    const seen: (IspSettings | undefined)[] = [];
    const settings = await fileSettings({ dir, policy: policyOf({ startAtLogin: false }), lang: 'en' });
    const core = createAppCore({
      engine: async (o) => {
        seen.push(o.isp);
        return healthyReport();
      },
      systemLang: 'en',
      transport: 'browser',
      openExternal: () => Promise.resolve(false),
      settings,
    });
    const got = await dispatch(core.handlers, 'settings.set', { ispName: 'Telia', contractDownMbps: 250, customerNumber: '99-1' });
    expect(got).toMatchObject({ ok: true, value: { persisted: true, locked: ['startAtLogin'], settings: { ispName: 'Telia' } } });
    const refused = await dispatch(core.handlers, 'settings.set', { startAtLogin: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringContaining('startAtLogin') } });
    await dispatch(core.handlers, 'check.run', { quick: true });
    expect(seen).toEqual([{ name: 'Telia', contractDownMbps: 250, customerNumber: '99-1' }]);
  });
});
