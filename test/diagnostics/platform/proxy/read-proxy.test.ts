import { describe, expect, it } from 'vitest';
import { readProxy } from '../../../../diagnostics/platform/proxy/read-proxy.js';
import { fakeRunner, fixture } from './support.js';

const IS = 'reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';
const CONN = `${IS}\\Connections /v DefaultConnectionSettings`;
const NETSH = 'netsh winhttp show proxy';
const SCUTIL = 'scutil --proxy';
const GS = 'gsettings get org.gnome.system.proxy';

describe('readProxy on Windows', () => {
  it('manual user proxy, WinHTTP direct: servers from ProxyServer, ftp left out, disagreement noted', async () => {
    const run = fakeRunner({
      [IS]: { stdout: fixture('win-reg-manual.txt') },
      [CONN]: { stdout: fixture('win-reg-connections-direct.txt') },
      [NETSH]: { stdout: fixture('win-de-winhttp-direct.txt') },
    });
    const f = await readProxy({ os: 'win32', run, env: {} });
    expect(run.asked.sort()).toEqual([CONN, IS, NETSH].sort());
    expect(f).toEqual({
      mode: 'manual',
      servers: [
        { scheme: 'http', host: 'proxy.example.com', port: 8080 },
        { scheme: 'https', host: 'proxy.example.com', port: 8443 },
      ],
      pacUrl: null,
      bypass: ['*.corp.example.com', '192.0.2.*', '<local>'],
      sources: [
        'servers: ProxyServer (HKCU Internet Settings)',
        'mode: ProxyEnable (HKCU Internet Settings)',
        'bypass: ProxyOverride (HKCU Internet Settings)',
      ],
      notes: ['WinHTTP (used by Windows services) goes direct while the user settings name a proxy.'],
    });
  });

  it('PAC URL with WPAD ticked as well', async () => {
    const run = fakeRunner({
      [IS]: { stdout: fixture('win-reg-pac.txt') },
      [CONN]: { stdout: fixture('win-reg-connections-autodetect.txt') },
      [NETSH]: { stdout: fixture('win-sv-winhttp-direct.txt') },
    });
    const f = await readProxy({ os: 'win32', run, env: {} });
    expect(f).toMatchObject({ mode: 'pac', pacUrl: 'http://wpad.corp.example.com/proxy.pac', servers: [] });
    expect(f.notes).toContain('Automatically detect settings (WPAD) is on as well.');
    expect(f.sources).toContain('autoDetect: DefaultConnectionSettings (HKCU Internet Settings\\Connections)');
  });

  it('WPAD only: auto-detect; a stored but disabled server is noted', async () => {
    const run = fakeRunner({
      [IS]: { stdout: fixture('win-reg-disabled-server.txt') },
      [CONN]: { stdout: fixture('win-reg-connections-autodetect.txt') },
      [NETSH]: { stdout: fixture('win-en-winhttp-direct.txt') },
    });
    const f = await readProxy({ os: 'win32', run, env: {} });
    expect(f).toMatchObject({ mode: 'auto-detect', servers: [], pacUrl: null });
    expect(f.notes).toEqual(['A proxy server is stored (proxy.example.com:3128) but switched off.']);
  });

  it('direct user settings but a WinHTTP proxy: manual from netsh', async () => {
    const run = fakeRunner({
      [IS]: { stdout: fixture('win-reg-direct.txt') },
      [CONN]: { stdout: fixture('win-reg-connections-direct.txt') },
      [NETSH]: { stdout: fixture('win-en-winhttp-proxy.txt') },
    });
    const f = await readProxy({ os: 'win32', run, env: {} });
    expect(f).toMatchObject({
      mode: 'manual',
      servers: [{ scheme: 'any', host: 'proxy.example.com', port: 8080 }],
      bypass: ['<local>', '*.corp.example.com'],
      sources: ['servers: netsh winhttp show proxy'],
    });
  });

  it('a localized reg error and a missing netsh: unknown, with the error in the notes', async () => {
    const run = fakeRunner({
      [IS]: { exitCode: 1, stderr: fixture('win-de-reg-error.txt') },
      [CONN]: { exitCode: 1, stderr: fixture('win-de-reg-error.txt') },
    });
    const f = await readProxy({ os: 'win32', run, env: {} });
    expect(f.mode).toBe('unknown');
    expect(f.notes).toHaveLength(2);
    expect(f.notes[0]).toMatch(/^Internet Settings not read: reg query .* failed \(exit 1\): FEHLER: /);
    expect(f.notes[1]).toBe('WinHTTP proxy not read: netsh could not be started (spawn netsh ENOENT).');
  });

  it('direct everywhere', async () => {
    const run = fakeRunner({
      [IS]: { stdout: fixture('win-reg-direct.txt') },
      [CONN]: { exitCode: 1, stderr: fixture('win-en-reg-error.txt') },
      [NETSH]: { stdout: fixture('win-sv-winhttp-direct.txt') },
    });
    expect(await readProxy({ os: 'win32', run, env: {} })).toEqual({ mode: 'direct', servers: [], pacUrl: null, bypass: [], sources: [], notes: [] });
  });
});

describe('readProxy on macOS', () => {
  it('reads scutil --proxy', async () => {
    const run = fakeRunner({ [SCUTIL]: { stdout: fixture('mac-scutil-pac.txt') } });
    const f = await readProxy({ os: 'darwin', run, env: { http_proxy: 'http://ignored.example.com:1' } });
    expect(run.asked).toEqual([SCUTIL]);
    expect(f).toMatchObject({ mode: 'pac', pacUrl: 'http://wpad.corp.example.com/proxy.pac' });
  });

  it('an empty dictionary is direct; a missing tool unknown', async () => {
    expect((await readProxy({ os: 'darwin', run: fakeRunner({ [SCUTIL]: { stdout: '<dictionary> {\n}\n' } }), env: {} })).mode).toBe('direct');
    const missing = await readProxy({ os: 'darwin', run: fakeRunner({}), env: {} });
    expect(missing).toEqual({ mode: 'unknown', servers: [], pacUrl: null, bypass: [], sources: [], notes: ['scutil could not be started (spawn scutil ENOENT).'] });
  });
});

describe('readProxy on Linux', () => {
  it('GNOME manual proxy: asks host and port keys one by one, never list-recursively', async () => {
    const run = fakeRunner({
      [`${GS} mode`]: { stdout: fixture('linux-gsettings-mode-manual.txt') },
      [`${GS} ignore-hosts`]: { stdout: fixture('linux-gsettings-ignore-hosts.txt') },
      [`${GS}.http host`]: { stdout: fixture('linux-gsettings-http-host.txt') },
      [`${GS}.http port`]: { stdout: fixture('linux-gsettings-http-port.txt') },
      [`${GS}.https host`]: { stdout: fixture('linux-gsettings-empty-host.txt') },
      [`${GS}.https port`]: { stdout: fixture('linux-gsettings-zero-port.txt') },
      [`${GS}.socks host`]: { stdout: fixture('linux-gsettings-empty-host.txt') },
      [`${GS}.socks port`]: { stdout: fixture('linux-gsettings-zero-port.txt') },
    });
    const f = await readProxy({ os: 'linux', run, env: {} });
    expect(run.asked.every((c) => c.startsWith('gsettings get '))).toBe(true);
    expect(f).toEqual({
      mode: 'manual',
      servers: [{ scheme: 'http', host: 'proxy.example.com', port: 3128 }],
      pacUrl: null,
      bypass: ['localhost', '127.0.0.0/8', '::1', '*.corp.example.com'],
      sources: ['mode: gsettings org.gnome.system.proxy mode', 'servers: gsettings org.gnome.system.proxy.{http,https,socks} host/port'],
      notes: [],
    });
  });

  it('GNOME auto with a PAC URL', async () => {
    const run = fakeRunner({
      [`${GS} mode`]: { stdout: fixture('linux-gsettings-mode-auto.txt') },
      [`${GS} autoconfig-url`]: { stdout: fixture('linux-gsettings-autoconfig-url.txt') },
    });
    expect(await readProxy({ os: 'linux', run, env: {} })).toMatchObject({ mode: 'pac', pacUrl: 'http://wpad.corp.example.com/proxy.pac' });
  });

  it('GNOME auto without a URL is WPAD', async () => {
    const run = fakeRunner({
      [`${GS} mode`]: { stdout: fixture('linux-gsettings-mode-auto.txt') },
      [`${GS} autoconfig-url`]: { stdout: fixture('linux-gsettings-empty-host.txt') },
    });
    expect((await readProxy({ os: 'linux', run, env: {} })).mode).toBe('auto-detect');
  });

  it('environment proxy with GNOME off: manual, and the disagreement noted', async () => {
    const run = fakeRunner({ [`${GS} mode`]: { stdout: fixture('linux-gsettings-mode-none.txt') } });
    const env = JSON.parse(fixture('linux-env-proxy.json')) as NodeJS.ProcessEnv;
    const f = await readProxy({ os: 'linux', run, env });
    expect(f.mode).toBe('manual');
    expect(f.servers).toHaveLength(3);
    expect(f.notes).toContain('The environment names a proxy while the desktop settings are direct.');
  });

  it('no gsettings and no variables: direct, with the missing tool noted', async () => {
    const run = fakeRunner({});
    const f = await readProxy({ os: 'linux', run, env: { PATH: '/usr/bin' } });
    expect(run.asked).toEqual([`${GS} mode`]);
    expect(f).toEqual({ mode: 'direct', servers: [], pacUrl: null, bypass: [], sources: [], notes: ['gsettings is not installed; only the environment was read.'] });
  });

  it('a runner that breaks its contract still gives facts', async () => {
    const f = await readProxy({ os: 'linux', run: () => Promise.reject(new Error('boom')), env: {} });
    expect(f).toEqual({ mode: 'unknown', servers: [], pacUrl: null, bypass: [], sources: [], notes: ['Reading the proxy settings failed: boom'] });
  });
});
