import type { CommandRunner } from '../command.js';
import { commandFailure } from '../command-failure.js';
import { unreadable } from '../could-not-run.js';
import { iwPowerSaveCommand, powerProfilesGetCommand } from './command.js';
import { parseIwPowerSave, parsePowerProfile } from './parse-linux-power.js';
import { powerFromSupplies, readPowerSupplies, type ListDir, type ReadTextFile } from './power-supply.js';
import type { PowerFacts } from './types.js';

/** What the Linux reader needs besides the runner. */
export interface LinuxPowerDeps {
  readonly run: CommandRunner;
  readonly readFile: ReadTextFile;
  readonly listDir: ListDir;
  readonly wifiInterface?: string;
  readonly signal?: AbortSignal;
}

/** Reads /sys/class/power_supply, power-profiles-daemon and the Wi-Fi interface's power saving. */
export async function readPowerLinux(deps: LinuxPowerDeps): Promise<PowerFacts> {
  const notes: string[] = [];
  const iwSpec = deps.wifiInterface === undefined ? null : iwPowerSaveCommand(deps.wifiInterface);
  if (deps.wifiInterface !== undefined && iwSpec === null) notes.push('The Wi-Fi interface name is not usable; its power saving was not read.');
  const [supplies, profileOut, iwOut] = await Promise.all([
    readPowerSupplies(deps.listDir, deps.readFile),
    deps.run(powerProfilesGetCommand, deps.signal),
    iwSpec === null ? Promise.resolve(null) : deps.run(iwSpec, deps.signal),
  ]);
  if (supplies === null) notes.push('/sys/class/power_supply could not be read.');
  const reading = supplies === null ? { onBattery: null, batteryPercent: null } : powerFromSupplies(supplies);
  if (supplies !== null && supplies.length === 0) notes.push('No power supplies listed: a desktop or a virtual machine.');

  const profileFailure = commandFailure(profileOut);
  if (profileFailure !== null) {
    // Only ENOENT is "not installed"; not permitted (EACCES) is a failure, named as one.
    const missing = profileOut.spawnError !== undefined && /ENOENT/.test(profileOut.spawnError);
    notes.push(missing ? 'power-profiles-daemon is not installed; power saver not read.' : `Power profile not read: ${profileFailure}`);
  }
  const powerSaver = profileFailure === null ? parsePowerProfile(profileOut.stdout) : null;
  // A profile name we do not know is worth a note naming the tool, never a guess.
  if (profileFailure === null && powerSaver === null) notes.push(`Power profile not read: ${unreadable(profileOut)}.`);

  let wifiPowerSaving: boolean | null = null;
  if (iwOut !== null) {
    const iwFailure = commandFailure(iwOut);
    if (iwFailure !== null) notes.push(`Wi-Fi power saving not read: ${iwFailure}`);
    else wifiPowerSaving = parseIwPowerSave(iwOut.stdout);
  }
  return { ...reading, powerSaver, wifiPowerSaving, notes };
}
