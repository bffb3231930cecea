import { readdir, readFile } from 'node:fs/promises';
import type { CommandRunner } from '../platform/command.js';
import { readMetered } from '../platform/metered/read-metered.js';
import type { OsKind } from '../platform/os-kind.js';
import { readPower } from '../platform/power/read-power.js';
import { tunnelUp } from './discover-targets.js';
import type { MonitorConditions, PauseReason } from './run-monitor.js';

/** What the machine's conditions depend on; the two pause switches come from settings or policy. */
export interface ConditionsOptions {
  readonly os: OsKind;
  readonly run: CommandRunner;
  readonly pauseOnPowerSaver: boolean;
  /** Pause while the OS says the connection is metered (policy MonitorOnMetered false). */
  readonly pauseOnMetered: boolean;
  /** Whether the company hosts exist at all: without them the tunnel is not asked about. */
  readonly watchVpn: boolean;
}

/**
 * The monitor's questions answered from this machine: the power probes (diagnostics/platform/power)
 * for battery saver, the OS's connection cost (diagnostics/platform/metered) for a metered
 * connection, the VPN facts for the tunnel. A cost that cannot be read (macOS, no NetworkManager)
 * is unknown and does not pause: the monitor's few hundred bytes a second are not worth going
 * blind on a guess.
 */
export function machineConditions(o: ConditionsOptions): MonitorConditions {
  return {
    pauseReason: async (): Promise<PauseReason | null> => {
      const [power, metered] = await Promise.all([
        o.pauseOnPowerSaver ? readPower({ os: o.os, run: o.run, readFile: (f) => readFile(f, 'utf8'), listDir: (d) => readdir(d) }) : null,
        o.pauseOnMetered ? readMetered(o.os, o.run) : null,
      ]);
      if (power?.powerSaver === true) return 'power-saver';
      if (metered?.metered === true) return 'metered';
      return null;
    },
    ...(o.watchVpn ? { tunnelUp: () => tunnelUp({ os: o.os, run: o.run }) } : {}),
  };
}
