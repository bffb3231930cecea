import type { CommandRunner } from '../command.js';
import { repairWindowsText } from '../wifi/windows-text.js';
import { commandFailure } from '../command-failure.js';
import { powercfgActiveSchemeCommand, powercfgWifiPowerCommand, win32BatteryCommand } from './command.js';
import { parseActiveScheme, parseSettingIndexes } from './parse-powercfg.js';
import { parseWin32Battery } from './parse-win32-battery.js';
import type { PowerFacts } from './types.js';

const UNREAD_BATTERY = { read: false, present: false, onBattery: null, percent: null } as const;

/** Reads the power scheme, the battery and the Wi-Fi adapter's power saving mode on Windows. */
export async function readPowerWindows(run: CommandRunner, signal?: AbortSignal): Promise<PowerFacts> {
  const [schemeOut, batteryOut, wifiOut] = await Promise.all([
    run(powercfgActiveSchemeCommand, signal),
    run(win32BatteryCommand, signal),
    run(powercfgWifiPowerCommand, signal),
  ]);
  const notes: string[] = [];

  const schemeFailure = commandFailure(schemeOut);
  if (schemeFailure !== null) notes.push(`Power scheme not read: ${schemeFailure}`);
  const scheme = parseActiveScheme(schemeFailure === null ? schemeOut.stdout : '');
  if (scheme.scheme === 'other') notes.push(`A custom power scheme is active (${repairWindowsText(scheme.name ?? scheme.guid ?? '')}).`);
  const powerSaver = scheme.scheme === null || scheme.scheme === 'other' ? null : scheme.scheme === 'power-saver';

  const batteryFailure = commandFailure(batteryOut);
  if (batteryFailure !== null) notes.push(`Battery not read: ${batteryFailure}`);
  const battery = batteryFailure === null ? parseWin32Battery(batteryOut.stdout) : UNREAD_BATTERY;
  if (batteryFailure === null && !battery.read) notes.push('Battery status was not JSON.');
  if (battery.read && !battery.present) notes.push('No battery: the machine runs on mains.');

  const wifiFailure = commandFailure(wifiOut);
  const wifi = parseSettingIndexes(wifiFailure === null ? wifiOut.stdout : '');
  // The index in force depends on the source: DC on battery, AC on mains.
  const index = battery.onBattery === true ? wifi.dc : battery.onBattery === false ? wifi.ac : null;
  if (wifiFailure !== null) notes.push(`Wi-Fi power saving not read: ${wifiFailure}`);

  return {
    onBattery: battery.onBattery,
    batteryPercent: battery.percent,
    powerSaver,
    wifiPowerSaving: index === null ? null : index > 0,
    notes,
  };
}
