import { describe, expect, it } from 'vitest';
import { LINUX_MODULE_INI, plutilVersionCommand, regQueryVersionCommand, WORKSPACE_APP_PLIST, WORKSPACE_REG_KEYS } from '../../../../diagnostics/platform/citrix/command.js';
import { readWorkspaceApp } from '../../../../diagnostics/platform/citrix/read-workspace-app.js';
import { type FakeAnswer, fakeFiles, fakeRunner, fixture, rejectingFiles } from './fake-deps.js';

const line = (spec: { cmd: string; args: readonly string[] }): string => [spec.cmd, ...spec.args].join(' ');
const [WOW64, HKLM64, HKCU] = WORKSPACE_REG_KEYS.map((k) => line(regQueryVersionCommand(k))) as [string, string, string];
const notFound = (lang: string): FakeAnswer => ({ stderr: fixture(`win-reg-error-${lang}.txt`), exitCode: 1 });
const noFiles = fakeFiles({});

describe('Workspace app on Windows', () => {
  it('reads the version from the 32-bit HKLM key of a per-machine install', async () => {
    const run = fakeRunner({ [WOW64]: { stdout: fixture('win-reg-version-wow64.txt') }, [HKLM64]: notFound('en'), [HKCU]: notFound('en') });
    const r = await readWorkspaceApp({ os: 'win32', run, readFile: noFiles });
    expect(r).toEqual({ installed: true, version: '24.2.1000.1016', notes: [`${WORKSPACE_REG_KEYS[0]}: Version 24.2.1000.1016`] });
    expect(run.asked).toEqual([WOW64, HKLM64, HKCU]);
  });

  it('finds a per-user install under HKCU on a German Windows', async () => {
    const run = fakeRunner({ [WOW64]: notFound('de'), [HKLM64]: notFound('de'), [HKCU]: { stdout: fixture('win-reg-version-hkcu.txt') } });
    expect(await readWorkspaceApp({ os: 'win32', run, readFile: noFiles })).toMatchObject({ installed: true, version: '23.9.1.104' });
  });

  it.each(['en', 'de', 'sv'])('reports not installed when all three keys give the %s error', async (lang) => {
    const run = fakeRunner({ [WOW64]: notFound(lang), [HKLM64]: notFound(lang), [HKCU]: notFound(lang) });
    expect(await readWorkspaceApp({ os: 'win32', run, readFile: noFiles })).toEqual({
      installed: false,
      version: null,
      notes: ['no Citrix Workspace app registry entry (HKLM 32/64-bit, HKCU)'],
    });
  });

  it('says the check was incomplete when reg itself could not run', async () => {
    const r = await readWorkspaceApp({ os: 'win32', run: fakeRunner({}), readFile: noFiles });
    expect(r.installed).toBe(false);
    expect(r.notes).toHaveLength(4);
    expect(r.notes[3]).toMatch(/not every registry place could be read/);
  });
});

describe('Workspace app on macOS', () => {
  const PLUTIL = line(plutilVersionCommand);
  it('reads the version with plutil', async () => {
    const r = await readWorkspaceApp({ os: 'darwin', run: fakeRunner({ [PLUTIL]: { stdout: fixture('mac-plutil-version.txt') } }), readFile: noFiles });
    expect(r).toEqual({ installed: true, version: '24.02.0.78', notes: [`${WORKSPACE_APP_PLIST}: 24.02.0.78`] });
  });

  it('reports not installed when the app bundle is missing', async () => {
    const run = fakeRunner({ [PLUTIL]: { stderr: fixture('mac-plutil-missing-stderr.txt'), exitCode: 1 } });
    const r = await readWorkspaceApp({ os: 'darwin', run, readFile: noFiles });
    expect(r.installed).toBe(false);
    expect(r.version).toBeNull();
    expect(r.notes[1]).toBe(`${WORKSPACE_APP_PLIST} not found`);
  });

  it('falls back to the XML plist when plutil lacks the raw format (macOS before 12)', async () => {
    // Synthetic: the wording of old plutil's complaint does not matter, only its exit code.
    const run = fakeRunner({ [PLUTIL]: { stderr: 'plutil: unrecognized format raw', exitCode: 1 } });
    const r = await readWorkspaceApp({ os: 'darwin', run, readFile: fakeFiles({ [WORKSPACE_APP_PLIST]: fixture('mac-info-plist.xml') }) });
    expect(r).toMatchObject({ installed: true, version: '24.02.0.78' });
  });

  it('knows the app is there but not its version when the plist is binary', async () => {
    const run = fakeRunner({ [PLUTIL]: { exitCode: 1 } });
    const r = await readWorkspaceApp({ os: 'darwin', run, readFile: fakeFiles({ [WORKSPACE_APP_PLIST]: 'bplist00\u0000\u0001' }) });
    expect(r).toMatchObject({ installed: true, version: null });
  });
});

describe('Workspace app on Linux', () => {
  it('reads ID_VERSION from pkginf/Ver.core.linuxx64', async () => {
    const readFile = fakeFiles({ '/opt/Citrix/ICAClient/pkginf/Ver.core.linuxx64': fixture('linux-ver-core-linuxx64.txt') });
    expect(await readWorkspaceApp({ os: 'linux', run: fakeRunner({}), readFile })).toEqual({
      installed: true,
      version: '24.2.0.65',
      notes: ['/opt/Citrix/ICAClient/pkginf/Ver.core.linuxx64: ID_VERSION 24.2.0.65'],
    });
  });

  it('finds the ARM build\'s version file', async () => {
    const readFile = fakeFiles({ '/opt/Citrix/ICAClient/pkginf/Ver.core.linuxarm64': 'ID_VERSION=24.5.0.76\n' });
    expect(await readWorkspaceApp({ os: 'linux', run: fakeRunner({}), readFile })).toMatchObject({ installed: true, version: '24.5.0.76' });
  });

  it('knows an install without a version file', async () => {
    const readFile = fakeFiles({ [LINUX_MODULE_INI]: '[ICA 3.0]\n' });
    expect(await readWorkspaceApp({ os: 'linux', run: fakeRunner({}), readFile })).toMatchObject({ installed: true, version: null });
  });

  it('reports not installed, with a reader that returns null or one that rejects', async () => {
    const expected = { installed: false, version: null, notes: ['no Citrix Workspace app under /opt/Citrix/ICAClient'] };
    expect(await readWorkspaceApp({ os: 'linux', run: fakeRunner({}), readFile: noFiles })).toEqual(expected);
    expect(await readWorkspaceApp({ os: 'linux', run: fakeRunner({}), readFile: rejectingFiles })).toEqual(expected);
  });
});
