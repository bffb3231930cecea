import { describe, expect, it } from 'vitest';
import { DARWIN_WIFI_POWER_NOTE } from '../../../../diagnostics/platform/power/read-power-darwin.js';
import { readPower } from '../../../../diagnostics/platform/power/read-power.js';
import { fakeRunner, fixture, sysTree } from './support.js';

const SCHEME = 'powercfg /getactivescheme';
const WIFI = 'powercfg /query SCHEME_CURRENT 19cbb8fa-5279-450e-9fac-8a3d5fedd0c1 12bbebe6-58d6-4636-95bb-3217ef867c1a';
const BATTERY =
  'powershell.exe -NoProfile -NonInteractive -Command Get-CimInstance Win32_Battery | Select-Object BatteryStatus,EstimatedChargeRemaining | ConvertTo-Json';
const noFiles = sysTree({});

describe('readPower on Windows', () => {
  it('on battery with the power saver scheme: the DC Wi-Fi index counts', async () => {
    const run = fakeRunner({
      [SCHEME]: { stdout: fixture('win-sv-powercfg-saver.txt') },
      [BATTERY]: { stdout: fixture('win-battery-discharging.json') },
      [WIFI]: { stdout: fixture('win-de-powercfg-wifi-query.txt') },
    });
    const f = await readPower({ os: 'win32', run, ...noFiles });
    expect(run.asked.sort()).toEqual([BATTERY, SCHEME, WIFI].sort());
    expect(f).toEqual({ onBattery: true, batteryPercent: 64, powerSaver: true, wifiPowerSaving: true, notes: [] });
  });

  it('a desktop on the balanced scheme: AC Wi-Fi index 0 is no power saving', async () => {
    const run = fakeRunner({
      [SCHEME]: { stdout: fixture('win-de-powercfg-balanced.txt') },
      [BATTERY]: { stdout: fixture('win-battery-none.json') },
      [WIFI]: { stdout: fixture('win-en-powercfg-wifi-query.txt') },
    });
    expect(await readPower({ os: 'win32', run, ...noFiles })).toEqual({
      onBattery: false, batteryPercent: null, powerSaver: false, wifiPowerSaving: false, notes: ['No battery: the machine runs on mains.'],
    });
  });

  it('failures are notes and nulls', async () => {
    const run = fakeRunner({ [SCHEME]: { timedOut: true }, [WIFI]: { exitCode: 1, stderr: 'Ungültige Parameter.' } });
    const f = await readPower({ os: 'win32', run, ...noFiles });
    expect(f).toMatchObject({ onBattery: null, batteryPercent: null, powerSaver: null, wifiPowerSaving: null });
    expect(f.notes).toEqual([
      'Power scheme not read: powercfg /getactivescheme did not answer in time.',
      'Battery not read: powershell.exe could not be started (spawn powershell.exe ENOENT).',
      `Wi-Fi power saving not read: ${WIFI} failed (exit 1): Ungültige Parameter.`,
    ]);
  });
});

describe('readPower on macOS', () => {
  it('on battery in Low Power Mode', async () => {
    const run = fakeRunner({
      'pmset -g batt': { stdout: fixture('mac-pmset-batt-battery.txt') },
      'pmset -g': { stdout: fixture('mac-pmset-g-lowpower.txt') },
    });
    expect(await readPower({ os: 'darwin', run, ...noFiles })).toEqual({
      onBattery: true, batteryPercent: 85, powerSaver: true, wifiPowerSaving: null, notes: [DARWIN_WIFI_POWER_NOTE],
    });
  });

  it('on AC, Low Power Mode off', async () => {
    const run = fakeRunner({
      'pmset -g batt': { stdout: fixture('mac-pmset-batt-ac.txt') },
      'pmset -g': { stdout: fixture('mac-pmset-g-normal.txt') },
    });
    expect(await readPower({ os: 'darwin', run, ...noFiles })).toMatchObject({ onBattery: false, batteryPercent: 100, powerSaver: false });
  });
});

describe('readPower on Linux', () => {
  it('on battery, power-saver profile, Wi-Fi power save on', async () => {
    const run = fakeRunner({
      'powerprofilesctl get': { stdout: fixture('linux-powerprofilesctl-saver.txt') },
      'iw dev wlp2s0 get power_save': { stdout: fixture('linux-iw-power-save-on.txt') },
    });
    const files = sysTree(JSON.parse(fixture('linux-sys-laptop-on-battery.json')) as Record<string, string>);
    const f = await readPower({ os: 'linux', run, ...files, wifiInterface: 'wlp2s0' });
    expect(run.asked.sort()).toEqual(['iw dev wlp2s0 get power_save', 'powerprofilesctl get']);
    expect(f).toEqual({ onBattery: true, batteryPercent: 42, powerSaver: true, wifiPowerSaving: true, notes: [] });
  });

  it('a desktop without power-profiles-daemon, no Wi-Fi interface given', async () => {
    const run = fakeRunner({});
    const files = sysTree(JSON.parse(fixture('linux-sys-desktop.json')) as Record<string, string>);
    expect(await readPower({ os: 'linux', run, ...files })).toEqual({
      onBattery: false, batteryPercent: null, powerSaver: null, wifiPowerSaving: null,
      notes: ['No power supplies listed: a desktop or a virtual machine.', 'power-profiles-daemon is not installed; power saver not read.'],
    });
    expect(run.asked).toEqual(['powerprofilesctl get']);
  });

  it('refuses an interface name that iw would read as an option', async () => {
    const run = fakeRunner({ 'powerprofilesctl get': { stdout: 'balanced\n' } });
    const files = sysTree(JSON.parse(fixture('linux-sys-laptop-on-ac.json')) as Record<string, string>);
    const f = await readPower({ os: 'linux', run, ...files, wifiInterface: '-h' });
    expect(run.asked).toEqual(['powerprofilesctl get']);
    expect(f).toMatchObject({ onBattery: false, batteryPercent: 84, powerSaver: false, wifiPowerSaving: null });
    expect(f.notes).toEqual(['The Wi-Fi interface name is not usable; its power saving was not read.']);
  });

  it('an injected dependency that throws synchronously still gives facts', async () => {
    const f = await readPower({ os: 'linux', run: () => { throw new Error('boom'); }, ...noFiles });
    expect(f).toEqual({ onBattery: null, batteryPercent: null, powerSaver: null, wifiPowerSaving: null, notes: ['Reading the power state failed: boom'] });
  });
});
