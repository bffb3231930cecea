import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { describe, expect, it, vi } from 'vitest';
import { BUNDLE_ID } from '../../../diagnostics/policy/identity.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);

/** The configuration as electron-builder itself loads it from electron-builder.yml. */
async function loadConfig(): Promise<Configuration> {
  return getConfig(root, null, null);
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(validateConfiguration(await loadConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  }, 30_000); // the first call compiles electron-builder's JSON Schema

  it('is really checked: a misspelt option is refused by the same validation', async () => {
    const config = await loadConfig();
    const broken = { ...config, nsis: { ...config.nsis, perMachin: true } } as Configuration;
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(/configuration\.nsis should be/);
  });

  it('builds per-machine NSIS and MSI, PKG and DMG, deb and AppImage', async () => {
    const c = await loadConfig();
    expect(c.appId).toBe(BUNDLE_ID);
    expect(c.win?.target).toEqual(['nsis', 'msi']);
    expect(c.mac?.target).toEqual(['pkg', 'dmg']);
    expect(c.linux?.target).toEqual(['deb', 'AppImage']);
    expect(c.nsis).toMatchObject({ oneClick: false, perMachine: true, include: 'build/installer/installer.nsh' });
    expect(c.msi).toMatchObject({ oneClick: false, perMachine: true });
    expect(c.msi?.upgradeCode).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(c.fileAssociations).toEqual([expect.objectContaining({ ext: 'homeline' })]);
  });

  it('sets the Electron fuses', async () => {
    expect((await loadConfig()).electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('names files that exist: the NSIS include that closes every Homeline process, the hook, the entitlements', async () => {
    const c = await loadConfig();
    for (const file of [c.nsis?.include, c.afterSign, c.mac?.entitlements]) expect(existsSync(`${root}${String(file)}`), String(file)).toBe(true);
    const nsh = readFileSync(`${root}build/installer/installer.nsh`, 'utf8');
    expect(nsh).toMatch(/!macro customCheckAppRunning[\s\S]*taskkill\.exe" \/F \/T \/IM "\$\{APP_EXECUTABLE_FILENAME\}"[\s\S]*!macroend/);
  });
});

describe('afterSign: notarisation only with credentials', () => {
  const afterSign = require(`${root}build/installer/after-sign.cjs`) as ((ctx: unknown, env: NodeJS.ProcessEnv, run: (o: unknown) => Promise<void>) => Promise<string>) & {
    notarizeOptions: (env: NodeJS.ProcessEnv, appPath: string) => unknown;
  };
  const mac = { electronPlatformName: 'darwin', appOutDir: '/out/mac', packager: { appInfo: { productFilename: 'Homeline' } } };

  it('skips other platforms and builds without credentials', async () => {
    const run = vi.fn(async () => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await afterSign({ ...mac, electronPlatformName: 'win32' }, { APPLE_ID: 'a' }, run)).toBe('skipped: not macOS');
    expect(await afterSign(mac, { APPLE_ID: 'a@example.com', APPLE_TEAM_ID: 'T' }, run)).toBe('skipped: no credentials');
    expect(run).not.toHaveBeenCalled();
  });

  it('notarises with an API key or an Apple ID from the environment', async () => {
    const run = vi.fn(async () => {});
    expect(await afterSign(mac, { APPLE_API_KEY: '/k.p8', APPLE_API_KEY_ID: 'K', APPLE_API_ISSUER: 'I' }, run)).toBe('notarised');
    expect(run).toHaveBeenCalledWith({ appPath: '/out/mac/Homeline.app', appleApiKey: '/k.p8', appleApiKeyId: 'K', appleApiIssuer: 'I' });
    expect(afterSign.notarizeOptions({ APPLE_ID: 'a@example.com', APPLE_APP_SPECIFIC_PASSWORD: 'p', APPLE_TEAM_ID: 'T' }, '/x.app')).toEqual({
      appPath: '/x.app', appleId: 'a@example.com', appleIdPassword: 'p', teamId: 'T',
    });
  });
});
