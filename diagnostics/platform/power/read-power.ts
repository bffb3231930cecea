import type { CommandRunner } from '../command.js';
import type { OsKind } from '../os-kind.js';
import type { ListDir, ReadTextFile } from './power-supply.js';
import { readPowerDarwin } from './read-power-darwin.js';
import { readPowerLinux } from './read-power-linux.js';
import { readPowerWindows } from './read-power-windows.js';
import { unknownPowerFacts, type PowerFacts } from './types.js';

/** What readPower needs. readFile and listDir reach /sys on Linux; tests pass maps instead. */
export interface ReadPowerDeps {
  readonly os: OsKind;
  readonly run: CommandRunner;
  readonly readFile: ReadTextFile;
  readonly listDir: ListDir;
  /** Linux: the wireless interface whose power saving to read (from the Wi-Fi facts). */
  readonly wifiInterface?: string;
  readonly signal?: AbortSignal;
}

/** Reads battery, power saver and Wi-Fi power saving with the OS's own tools. Never rejects. */
export async function readPower(deps: ReadPowerDeps): Promise<PowerFacts> {
  try {
    switch (deps.os) {
      case 'win32':
        return await readPowerWindows(deps.run, deps.signal);
      case 'darwin':
        return await readPowerDarwin(deps.run, deps.signal);
      case 'linux':
        return await readPowerLinux(deps);
    }
  } catch (e) {
    // Runners report failures as data; reaching here means an injected dependency broke its contract.
    return unknownPowerFacts([`Reading the power state failed: ${e instanceof Error ? e.message : String(e)}`]);
  }
}
