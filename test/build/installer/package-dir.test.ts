import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage } from '@electron/asar';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../diagnostics/platform/command.js';
import { readFuses, writeFakeElectronDist } from './fake-electron.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'homeline-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * electron-builder packs the app for real (`--linux dir`): the configuration, file selection, asar
 * and fuses run as in a release; only the Electron binary is a stand-in and no installer format is
 * made (NSIS, WiX, fpm and the AppImage tools are downloaded at build time, which needs a network).
 */
describe('electron-builder --dir with a stand-in Electron', () => {
  it('packs the built app into app.asar and flips the fuses in the binary', async () => {
    expect(existsSync(join(root, 'dist/diagnostics/cli/main.js')), 'run `npx tsc -b` first').toBe(true);
    const electronDist = join(work, 'electron-dist');
    const out = join(work, 'out');
    writeFakeElectronDist(electronDist);
    // Until the tray app's main process is built, the package points at the CLI entry instead.
    const main = existsSync(join(root, 'dist/electron/main.js')) ? [] : ['-c.extraMetadata.main=dist/diagnostics/cli/main.js'];
    const r = await runCommand({
      cmd: process.execPath,
      args: [join(root, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--publish', 'never', `-c.electronDist=${electronDist}`, '-c.electronVersion=45.4.1', '-c.npmRebuild=false', `-c.directories.output=${out}`, ...main],
      timeoutMs: 240_000,
      env: { ELECTRON_BUILDER_CACHE: join(work, 'cache'), CI: 'true' },
    });
    expect(r.exitCode, `${r.stdout}\n${r.stderr}`).toBe(0);
    const unpacked = join(out, 'linux-unpacked');
    expect(readFuses(readFileSync(join(unpacked, 'homeline')))).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    const files = listPackage(join(unpacked, 'resources/app.asar'), { isPack: false });
    expect(files).toContain('/dist/diagnostics/cli/main.js');
    expect(files).toContain('/node_modules/zod/package.json');
    expect(files.some((f) => f.startsWith('/dist/test') || f.startsWith('/dist/build'))).toBe(false);
    expect(files.some((f) => f.startsWith('/dist/') && f.endsWith('.map'))).toBe(false);
    expect(files.some((f) => f.startsWith('/node_modules/electron-builder/'))).toBe(false);
  }, 300_000);
});
