import { describe, expect, it } from 'vitest';
import { parseIwPowerSave, parsePowerProfile } from '../../../../diagnostics/platform/power/parse-linux-power.js';
import { parsePmsetBatt, parsePmsetLowPower } from '../../../../diagnostics/platform/power/parse-pmset.js';
import { parseActiveScheme, parseSettingIndexes } from '../../../../diagnostics/platform/power/parse-powercfg.js';
import { parseWin32Battery } from '../../../../diagnostics/platform/power/parse-win32-battery.js';
import { fixture } from './support.js';

describe('parseActiveScheme', () => {
  it.each([
    ['win-en-powercfg-balanced.txt', 'balanced', 'Balanced'],
    ['win-en-powercfg-saver.txt', 'power-saver', 'Power saver'],
    ['win-de-powercfg-balanced.txt', 'balanced', 'Ausbalanciert'],
    ['win-de-powercfg-saver.txt', 'power-saver', 'Energiesparmodus'],
    ['win-sv-powercfg-balanced.txt', 'balanced', 'Belastningsutj\u0084mnat'],
    ['win-sv-powercfg-saver.txt', 'power-saver', 'Energisparl\u0084ge'],
  ])('%s is %s by its GUID, whatever the language', (name, scheme, label) => {
    expect(parseActiveScheme(fixture(name))).toMatchObject({ scheme, name: label });
  });

  it('a custom scheme is other; no GUID is null', () => {
    expect(parseActiveScheme(fixture('win-en-powercfg-custom.txt'))).toEqual({ guid: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', scheme: 'other', name: 'Example Corp Laptop' });
    expect(parseActiveScheme(fixture('win-de-powercfg-high.txt')).scheme).toBe('high-performance');
    expect(parseActiveScheme('Zugriff verweigert.\r\n')).toEqual({ guid: null, scheme: null, name: null });
  });
});

describe('parseSettingIndexes', () => {
  it('reads AC then DC by shape, in English and German', () => {
    expect(parseSettingIndexes(fixture('win-en-powercfg-wifi-query.txt'))).toEqual({ ac: 0, dc: 2 });
    expect(parseSettingIndexes(fixture('win-de-powercfg-wifi-query.txt'))).toEqual({ ac: 0, dc: 3 });
    expect(parseSettingIndexes(fixture('win-en-powercfg-balanced.txt'))).toEqual({ ac: null, dc: null });
  });
});

describe('parseWin32Battery', () => {
  it('discharging, on AC, two batteries, none', () => {
    expect(parseWin32Battery(fixture('win-battery-discharging.json'))).toEqual({ read: true, present: true, onBattery: true, percent: 64 });
    expect(parseWin32Battery(fixture('win-battery-ac.json'))).toEqual({ read: true, present: true, onBattery: false, percent: 97 });
    expect(parseWin32Battery(fixture('win-battery-two.json'))).toEqual({ read: true, present: true, onBattery: true, percent: 51 });
    expect(parseWin32Battery(fixture('win-battery-none.json'))).toEqual({ read: true, present: false, onBattery: false, percent: null });
  });

  it('an error message is not read', () => {
    expect(parseWin32Battery('Get-CimInstance : Access denied')).toEqual({ read: false, present: false, onBattery: null, percent: null });
  });
});

describe('pmset', () => {
  it('reads the source and the charge', () => {
    expect(parsePmsetBatt(fixture('mac-pmset-batt-battery.txt'))).toEqual({ source: 'battery', percent: 85, hasBattery: true });
    expect(parsePmsetBatt(fixture('mac-pmset-batt-ac.txt'))).toEqual({ source: 'ac', percent: 100, hasBattery: true });
    expect(parsePmsetBatt(fixture('mac-pmset-batt-desktop.txt'))).toEqual({ source: 'ac', percent: null, hasBattery: false });
    expect(parsePmsetBatt("Now drawing from 'UPS Power'\n").source).toBe('ups');
  });

  it('reads Low Power Mode', () => {
    expect(parsePmsetLowPower(fixture('mac-pmset-g-lowpower.txt'))).toBe(true);
    expect(parsePmsetLowPower(fixture('mac-pmset-g-normal.txt'))).toBe(false);
    expect(parsePmsetLowPower(' powermode            1\n')).toBe(true);
    expect(parsePmsetLowPower(fixture('mac-pmset-batt-ac.txt'))).toBeNull();
  });
});

describe('Linux tools', () => {
  it('iw power_save and powerprofilesctl', () => {
    expect(parseIwPowerSave(fixture('linux-iw-power-save-on.txt'))).toBe(true);
    expect(parseIwPowerSave(fixture('linux-iw-power-save-off.txt'))).toBe(false);
    expect(parseIwPowerSave(fixture('linux-iw-no-device.txt'))).toBeNull();
    expect(parsePowerProfile(fixture('linux-powerprofilesctl-saver.txt'))).toBe(true);
    expect(parsePowerProfile(fixture('linux-powerprofilesctl-balanced.txt'))).toBe(false);
    expect(parsePowerProfile('')).toBeNull();
  });
});
