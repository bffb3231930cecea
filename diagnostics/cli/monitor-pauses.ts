import type { PolicyValues } from '../policy/policy-schema.js';

/** When `homeline monitor` pauses: the switches machineConditions takes. */
export interface MonitorPauses {
  readonly pauseOnPowerSaver: boolean;
  readonly pauseOnMetered: boolean;
}

/**
 * The same pauses as the tray's, kept running by the same policy keys (MonitorOnPowerSaver,
 * MonitorOnMetered). `--on-metered` keeps this one run going on a metered connection whatever the
 * policy says: a support agent asked for it with the user on a phone hotspot, and an explicit flag
 * for one run wins over the managed defaults across the CLI (as --profile over the policy's
 * targets, --to/--config over its help desk). The policy still governs the tray.
 */
export function monitorPauses(policy: Partial<Pick<PolicyValues, 'monitorOnPowerSaver' | 'monitorOnMetered'>>, flags: { readonly onMetered: boolean }): MonitorPauses {
  return {
    pauseOnPowerSaver: policy.monitorOnPowerSaver !== true,
    pauseOnMetered: policy.monitorOnMetered !== true && !flags.onMetered,
  };
}
