import type { CommandRunner } from '../command.js';
import { commandFailure } from '../command-failure.js';
import { pmsetBattCommand, pmsetSettingsCommand } from './command.js';
import { parsePmsetBatt, parsePmsetLowPower } from './parse-pmset.js';
import type { PowerFacts } from './types.js';

/** Note for macOS, whose Wi-Fi power saving has no user setting to read. */
export const DARWIN_WIFI_POWER_NOTE = 'macOS manages Wi-Fi power saving itself; there is no setting to read.';

/** Reads the power source, the charge and Low Power Mode on macOS with pmset. */
export async function readPowerDarwin(run: CommandRunner, signal?: AbortSignal): Promise<PowerFacts> {
  const [battOut, settingsOut] = await Promise.all([run(pmsetBattCommand, signal), run(pmsetSettingsCommand, signal)]);
  const notes: string[] = [];
  const battFailure = commandFailure(battOut);
  if (battFailure !== null) notes.push(`Power source not read: ${battFailure}`);
  const batt = parsePmsetBatt(battFailure === null ? battOut.stdout : '');
  if (batt.source === 'ups') notes.push('The Mac runs on a UPS battery: mains power is out.');
  const settingsFailure = commandFailure(settingsOut);
  if (settingsFailure !== null) notes.push(`Power settings not read: ${settingsFailure}`);
  const lowPower = parsePmsetLowPower(settingsFailure === null ? settingsOut.stdout : '');
  // Macs before Monterey have no Low Power Mode: no entry there means it is off.
  const powerSaver = lowPower ?? (settingsFailure === null && /Currently in use/i.test(settingsOut.stdout) ? false : null);
  notes.push(DARWIN_WIFI_POWER_NOTE);
  return {
    onBattery: batt.source === null ? null : batt.source !== 'ac',
    batteryPercent: batt.percent,
    powerSaver,
    wifiPowerSaving: null,
    notes,
  };
}
