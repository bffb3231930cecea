import { discoverTargets } from '../../diagnostics/monitor/discover-targets.js';
import { machineConditions } from '../../diagnostics/monitor/machine-conditions.js';
import { runMonitor } from '../../diagnostics/monitor/run-monitor.js';
import { runCommand, streamCommand } from '../../diagnostics/platform/command.js';
import { currentOs } from '../../diagnostics/platform/os-kind.js';
import type { Targets } from '../../diagnostics/profile/targets.js';
import type { MonitorServicePorts } from './monitor-service.js';
import { monitorNotes } from './monitor-state.js';

/**
 * The real watch for the tray: the engine's target discovery and monitor, as `homeline monitor`
 * runs them, with battery-saver and metered-connection pausing unless policy (monitorOnPowerSaver, monitorOnMetered)
 * keeps it running, and policy's interval.
 */
export function engineWatch(o: {
  targets: () => Promise<Targets>;
  pauseOnPowerSaver: () => Promise<boolean>;
  /** Pause while the connection is metered (policy monitorOnMetered false, the default). */
  pauseOnMetered: () => Promise<boolean>;
  /** ms between probes of each target (policy monitorIntervalSeconds). */
  intervalMs: () => Promise<number>;
}): MonitorServicePorts['watch'] {
  return async (cb) => {
    const os = currentOs() ?? 'linux';
    const found = await discoverTargets(await o.targets(), { os, run: runCommand });
    // Said before anything else, so even "nothing to watch" says why (no gateway, ping unusable).
    cb.onDiscovered(monitorNotes(found));
    if (found.targets.length === 0) return 'no-targets';
    if (cb.signal.aborted) return [];
    cb.onWatching();
    const result = await runMonitor({
      targets: found.targets,
      os,
      stream: streamCommand,
      intervalMs: await o.intervalMs(),
      conditions: machineConditions({ os, run: runCommand, pauseOnPowerSaver: await o.pauseOnPowerSaver(), pauseOnMetered: await o.pauseOnMetered(), watchVpn: found.targets.some((x) => x.role.startsWith('vpn')) }),
      onChange: cb.onChange,
      onTick: cb.onTick,
      signal: cb.signal,
    });
    return result.events;
  };
}
