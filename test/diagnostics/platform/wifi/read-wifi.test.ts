import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../../../diagnostics/platform/command.js';
import { fakeRunner } from '../../../support/fake-runner.js';
import { WDUTIL_DENIED_NOTE } from '../../../../diagnostics/platform/wifi/parse-wdutil.js';
import { NMCLI_DBM_NOTE } from '../../../../diagnostics/platform/wifi/read-wifi-linux.js';
import { readWifi } from '../../../../diagnostics/platform/wifi/read-wifi.js';
import { fixture } from './read-fixture.js';

const NETSH_IF = 'netsh wlan show interfaces';
const NETSH_NET = 'netsh wlan show networks mode=bssid';
const SP = 'system_profiler SPAirPortDataType -json';
const WDUTIL = 'wdutil info';
const NMCLI = 'nmcli -t -f ACTIVE,SSID,BSSID,CHAN,FREQ,RATE,SIGNAL,SECURITY device wifi list';

describe('readWifi on Windows', () => {
  it('reads the link and the neighbours with two netsh commands, no shell', async () => {
    const run = fakeRunner({
      [NETSH_IF]: { stdout: fixture('win-en-interfaces-weak-24ghz.txt') },
      [NETSH_NET]: { stdout: fixture('win-en-networks-crowded-24ghz.txt') },
    });
    const r = await readWifi({ os: 'win32', run });
    expect(run.asked).toEqual([NETSH_IF, NETSH_NET]);
    expect(r.facts).toMatchObject({ state: 'connected', ssid: 'Garage-Extender', signalDbm: -85, channel: 6 });
    expect(r.neighbours).toHaveLength(7);
  });

  it('does not scan when there is no adapter', async () => {
    const run = fakeRunner({ [NETSH_IF]: { stdout: fixture('win-sv-interfaces-no-adapter.txt'), exitCode: 1 } });
    const r = await readWifi({ os: 'win32', run });
    expect(run.asked).toEqual([NETSH_IF]);
    expect(r).toEqual({ facts: expect.objectContaining({ state: 'no-adapter' }), neighbours: [] });
  });

  it('gives unknown with a note when netsh cannot be started or hangs', async () => {
    const missing = await readWifi({ os: 'win32', run: fakeRunner({}) });
    expect(missing.facts.state).toBe('unknown');
    expect(missing.facts.notes).toEqual(['netsh could not be started (spawn netsh ENOENT).']);
    const slow = await readWifi({ os: 'win32', run: fakeRunner({ [NETSH_IF]: { timedOut: true } }) });
    expect(slow.facts.notes).toEqual(['netsh wlan show interfaces did not answer in time.']);
  });

  it('keeps the link when the scan fails', async () => {
    const run = fakeRunner({ [NETSH_IF]: { stdout: fixture('win-de-interfaces-strong-5ghz.txt') }, [NETSH_NET]: { timedOut: true } });
    const r = await readWifi({ os: 'win32', run });
    expect(r.facts).toMatchObject({ state: 'connected', ssid: 'Müller-WLAN' });
    expect(r.facts.notes).toEqual(['netsh wlan show networks mode=bssid did not answer in time.']);
    expect(r.neighbours).toEqual([]);
  });

  it('passes on the Location refusal', async () => {
    const run = fakeRunner({ [NETSH_IF]: { stdout: fixture('win-en-interfaces-location-denied.txt'), exitCode: 1 } });
    const r = await readWifi({ os: 'win32', run });
    expect(r.facts.state).toBe('unknown');
    expect(r.facts.notes[0]).toMatch(/Location services/);
  });
});

describe('readWifi on macOS', () => {
  it('fills the BSSID from wdutil when it may run', async () => {
    const run = fakeRunner({
      [SP]: { stdout: fixture('mac-system-profiler-strong.json') },
      [WDUTIL]: { stdout: fixture('mac-wdutil-info.txt') },
    });
    const r = await readWifi({ os: 'darwin', run });
    expect(run.asked).toEqual([SP, WDUTIL]);
    // system_profiler's own figures stay; wdutil only fills the gaps.
    expect(r.facts).toMatchObject({ state: 'connected', ssid: 'Lindqvist-Home', bssid: '02:00:5e:10:00:01', signalDbm: -52, channel: 36 });
    expect(r.neighbours).toHaveLength(3);
  });

  it('notes the wdutil refusal and keeps the system_profiler reading', async () => {
    const run = fakeRunner({
      [SP]: { stdout: fixture('mac-system-profiler-redacted.json') },
      [WDUTIL]: { stdout: '', stderr: fixture('mac-wdutil-denied.txt'), exitCode: 1 },
    });
    const r = await readWifi({ os: 'darwin', run });
    expect(r.facts).toMatchObject({ state: 'connected', ssid: null, signalDbm: -61, bssid: null });
    expect(r.facts.notes).toHaveLength(2);
    expect(r.facts.notes).toContain(WDUTIL_DENIED_NOTE);
  });

  it('does not ask wdutil when Wi-Fi is off', async () => {
    const run = fakeRunner({ [SP]: { stdout: fixture('mac-system-profiler-disconnected.json') } });
    const r = await readWifi({ os: 'darwin', run });
    expect(run.asked).toEqual([SP]);
    expect(r.facts.state).toBe('disconnected');
  });

  it('gives unknown with notes when neither tool answers', async () => {
    const r = await readWifi({ os: 'darwin', run: fakeRunner({}) });
    expect(r.facts.state).toBe('unknown');
    expect(r.facts.notes).toEqual([
      'system_profiler could not be started (spawn system_profiler ENOENT).',
      'wdutil could not be started (spawn wdutil ENOENT).',
    ]);
  });
});

describe('readWifi on Linux', () => {
  const IW_LINK = 'iw dev wlp0s20f3 link';

  it('takes dBm and rates from iw, security and neighbours from nmcli', async () => {
    const run = fakeRunner({
      'iw dev': { stdout: fixture('linux-iw-dev.txt') },
      [NMCLI]: { stdout: fixture('linux-nmcli-connected-strong.txt') },
      [IW_LINK]: { stdout: fixture('linux-iw-link-connected.txt') },
    });
    const r = await readWifi({ os: 'linux', run });
    expect(run.asked).toEqual(['iw dev', NMCLI, IW_LINK]);
    expect(r.facts).toEqual({
      state: 'connected',
      interface: 'wlp0s20f3',
      ssid: 'Lindqvist-Home',
      bssid: '02:00:5e:10:00:01',
      signalDbm: -49,
      signalPercent: 100,
      noiseDbm: null,
      snrDb: null,
      channel: 36,
      band: '5GHz',
      channelWidthMhz: 80,
      phyMode: '802.11ax',
      txRateMbps: 960.7,
      rxRateMbps: 1200.9,
      security: 'WPA2',
      notes: [],
    });
    expect(r.neighbours).toHaveLength(6);
  });

  it('reads a link that is down as disconnected on its interface', async () => {
    const run = fakeRunner({
      'iw dev': { stdout: fixture('linux-iw-dev.txt') },
      [NMCLI]: { stdout: fixture('linux-nmcli-connected-strong.txt').replace('yes:', 'no:') },
      [IW_LINK]: { stdout: fixture('linux-iw-link-not-connected.txt') },
    });
    const r = await readWifi({ os: 'linux', run });
    expect(r.facts).toMatchObject({ state: 'disconnected', interface: 'wlp0s20f3', ssid: null });
  });

  it('falls back to nmcli alone when iw is missing, and says the dBm is estimated', async () => {
    const run = fakeRunner({ [NMCLI]: { stdout: fixture('linux-nmcli-connected-weak.txt') } });
    const r = await readWifi({ os: 'linux', run });
    expect(r.facts).toMatchObject({ state: 'connected', ssid: 'Garage:Extender', signalPercent: 30, signalDbm: -82 });
    expect(r.facts.notes).toEqual([NMCLI_DBM_NOTE, 'iw could not be started (spawn iw ENOENT).']);
  });

  it('falls back to iw alone when NetworkManager is not running', async () => {
    const run = fakeRunner({
      'iw dev': { stdout: fixture('linux-iw-dev.txt') },
      [NMCLI]: { stderr: 'Error: NetworkManager is not running.\n', exitCode: 8 },
      [IW_LINK]: { stdout: fixture('linux-iw-link-connected.txt') },
    });
    const r = await readWifi({ os: 'linux', run });
    expect(r.facts).toMatchObject({ state: 'connected', signalDbm: -49, security: null });
    expect(r.facts.notes).toEqual(['nmcli: Error: NetworkManager is not running.']);
    expect(r.neighbours).toEqual([]);
  });

  it('notes an nmcli that printed what is not its listing (exit 0): security and neighbours unknown, not absent', async () => {
    // Written for this test: a broken nmcli's output.
    const run = fakeRunner({
      'iw dev': { stdout: fixture('linux-iw-dev.txt') },
      [NMCLI]: { stdout: 'Zeitüberschreitung der Anforderung\n\u0000\u00ff' },
      [IW_LINK]: { stdout: fixture('linux-iw-link-connected.txt') },
    });
    const r = await readWifi({ os: 'linux', run });
    expect(r.facts).toMatchObject({ state: 'connected', signalDbm: -49, security: null });
    expect(r.facts.notes).toEqual(['nmcli printed what Homeline cannot read (exit 0).']);
  });

  it('says no-adapter when iw lists no wireless interface and nmcli hears nothing', async () => {
    const run = fakeRunner({ 'iw dev': { stdout: '' }, [NMCLI]: { stdout: '' } });
    const r = await readWifi({ os: 'linux', run });
    expect(r.facts.state).toBe('no-adapter');
  });

  it('gives unknown when neither tool exists', async () => {
    const r = await readWifi({ os: 'linux', run: fakeRunner({}) });
    expect(r.facts.state).toBe('unknown');
    expect(r.facts.notes).toEqual(['iw could not be started (spawn iw ENOENT).', 'nmcli could not be started (spawn nmcli ENOENT).']);
  });
});

describe('readWifi never rejects', () => {
  it('turns a runner that throws into unknown', async () => {
    const run: CommandRunner = () => Promise.reject(new Error('boom'));
    for (const os of ['win32', 'darwin', 'linux'] as const) {
      const r = await readWifi({ os, run });
      expect(r).toEqual({ facts: expect.objectContaining({ state: 'unknown', notes: ['Reading Wi-Fi failed: boom'] }), neighbours: [] });
    }
  });

  it('turns garbage from every tool into a result', async () => {
    const garbage: CommandRunner = async (spec) => ({
      cmd: spec.cmd, args: spec.args, stdout: '\u0000\u00ff:::%%% 802.11 {', stderr: '', exitCode: 0,
      signal: null, timedOut: false, truncated: false, durationMs: 1,
    });
    for (const os of ['win32', 'darwin', 'linux'] as const) {
      const r = await readWifi({ os, run: garbage });
      expect(['unknown', 'disconnected', 'no-adapter']).toContain(r.facts.state);
    }
  });
});
