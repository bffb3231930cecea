import type { CommandRunner } from '../command.js';
import type { OsKind } from '../os-kind.js';
import { readWifiDarwin } from './read-wifi-darwin.js';
import { readWifiLinux } from './read-wifi-linux.js';
import { readWifiWindows } from './read-wifi-windows.js';
import { emptyFacts, type WifiReading } from './types.js';

/** What readWifi needs: the OS to pick the commands for and the runner to run them with. */
export interface ReadWifiDeps {
  readonly os: OsKind;
  readonly run: CommandRunner;
  readonly signal?: AbortSignal;
}

/**
 * Reads the Wi-Fi link and the networks around with the OS's own tools. Never rejects: a
 * missing tool, a refusal or unreadable output gives state 'unknown' or 'no-adapter' and a note.
 */
export async function readWifi(deps: ReadWifiDeps): Promise<WifiReading> {
  try {
    switch (deps.os) {
      case 'win32':
        return await readWifiWindows(deps.run, deps.signal);
      case 'darwin':
        return await readWifiDarwin(deps.run, deps.signal);
      case 'linux':
        return await readWifiLinux(deps.run, deps.signal);
    }
  } catch (e) {
    // Runners report failures as data; reaching here means a runner broke its contract.
    return { facts: emptyFacts('unknown', [`Reading Wi-Fi failed: ${e instanceof Error ? e.message : String(e)}`]), neighbours: [] };
  }
}
