import { readdir, readFile } from 'node:fs/promises';
import type { CommandRunner } from '../platform/command.js';
import type { OsKind } from '../platform/os-kind.js';
import { readPower } from '../platform/power/read-power.js';
import { tunnelUp } from './discover-targets.js';
import type { MonitorConditions } from './run-monitor.js';

/** What the machine's conditions depend on; `pauseOnPowerSaver` comes from settings or policy. */
export interface ConditionsOptions {
  readonly os: OsKind;
  readonly run: CommandRunner;
  readonly pauseOnPowerSaver: boolean;
  /** Whether the company hosts exist at all: without them the tunnel is not asked about. */
  readonly watchVpn: boolean;
}

/**
 * The monitor's questions answered from this machine: the power probes (diagnostics/platform/power)
 * for battery saver, the VPN facts for the tunnel. A metered connection is not read yet (no reader
 * for it exists in the engine), so it never pauses the monitor.
 */
export function machineConditions(o: ConditionsOptions): MonitorConditions {
  return {
    pauseReason: async () => {
      if (!o.pauseOnPowerSaver) return null;
      const p = await readPower({ os: o.os, run: o.run, readFile: (f) => readFile(f, 'utf8'), listDir: (d) => readdir(d) });
      return p.powerSaver === true ? 'power-saver' : null;
    },
    ...(o.watchVpn ? { tunnelUp: () => tunnelUp({ os: o.os, run: o.run }) } : {}),
  };
}
