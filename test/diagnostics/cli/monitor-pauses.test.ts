import { describe, expect, it } from 'vitest';
import { parseMonitorInvocation } from '../../../diagnostics/cli/args-monitor.js';
import { monitorPauses } from '../../../diagnostics/cli/monitor-pauses.js';

// A support agent asking a user on a phone hotspot to run `homeline monitor` saw "paused" unless IT
// had set MonitorOnMetered: `--on-metered` keeps that one run going. The tray follows the policy.
describe('homeline monitor: when it pauses', () => {
  it('parses --on-metered, off by default', () => {
    expect(parseMonitorInvocation([]).onMetered).toBe(false);
    expect(parseMonitorInvocation(['--on-metered']).onMetered).toBe(true);
    expect(() => parseMonitorInvocation(['--on-metered=yes'])).toThrow(/on-metered/);
  });

  it('pauses on battery saver and on metered connections by default, like the tray', () => {
    expect(monitorPauses({}, { onMetered: false })).toEqual({ pauseOnPowerSaver: true, pauseOnMetered: true });
  });

  it('keeps running where the policy keys say so', () => {
    expect(monitorPauses({ monitorOnMetered: true, monitorOnPowerSaver: true }, { onMetered: false })).toEqual({ pauseOnPowerSaver: false, pauseOnMetered: false });
  });

  it('--on-metered wins over a policy that leaves pausing on (even set explicitly to false), for metered only', () => {
    expect(monitorPauses({}, { onMetered: true })).toEqual({ pauseOnPowerSaver: true, pauseOnMetered: false });
    expect(monitorPauses({ monitorOnMetered: false }, { onMetered: true })).toEqual({ pauseOnPowerSaver: true, pauseOnMetered: false });
  });
});
