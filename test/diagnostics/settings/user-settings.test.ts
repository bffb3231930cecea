import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadUserSettings, saveUserSettings, SETTINGS_FILE } from '../../../diagnostics/settings/user-settings.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'homeline-settings-'));

describe('user settings', () => {
  it('gives defaults when nothing was saved yet', async () => {
    expect(await loadUserSettings(freshDir())).toEqual({ settings: { version: 1 }, problem: null });
  });

  it('remembers the ISP details across loads and leaves no temporary files behind', async () => {
    const dir = join(freshDir(), 'nested');
    const settings = { version: 1 as const, isp: { name: 'Telekom', contractDownMbps: 100, contractUpMbps: 40, customerNumber: 'K-123', lineId: 'DEU.DTAG.ABC' } };
    await saveUserSettings(dir, settings);
    await saveUserSettings(dir, { ...settings, historyRetentionDays: 30 });
    expect((await loadUserSettings(dir)).settings).toEqual({ ...settings, historyRetentionDays: 30 });
    expect(readdirSync(dir)).toEqual([SETTINGS_FILE]);
  });

  it('refuses to write settings that break the schema', async () => {
    const dir = freshDir();
    await expect(saveUserSettings(dir, { version: 1, isp: { contractDownMbps: -5 } })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['not JSON', '{ "version": 1, "isp": ', /JSON/],
    ['a wrong field', '{ "version": 1, "isp": { "contractDownMbps": "fast" } }', /isp\.contractDownMbps/],
    ['an unknown field', '{ "version": 1, "colour": "red" }', /colour/],
  ])('keeps a broken file (%s) aside, names the problem and falls back to defaults', async (_name, text, detail) => {
    const dir = freshDir();
    writeFileSync(join(dir, SETTINGS_FILE), text);
    const loaded = await loadUserSettings(dir, new Date('2026-11-23T10:00:00Z'));
    expect(loaded.settings).toEqual({ version: 1 });
    expect(loaded.problem?.detail).toMatch(detail);
    expect(loaded.problem?.keptAt).toBe(join(dir, 'settings.json.broken-2026-11-23T10-00-00-000Z'));
    expect(readFileSync(loaded.problem!.keptAt, 'utf8')).toBe(text);
  });
});
