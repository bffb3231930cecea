import { describe, expect, it } from 'vitest';
import { machineConditions } from '../../../diagnostics/monitor/machine-conditions.js';
import { nmMeteredDbusCommand, windowsConnectionCostCommand } from '../../../diagnostics/platform/metered/command.js';
import { powerProfilesGetCommand } from '../../../diagnostics/platform/power/command.js';
import { fakeRunner, keyOf } from '../../support/fake-runner.js';

// The monitor's pause reasons from fake OS answers (the metered reader's own outputs are covered
// with fixtures in test/diagnostics/platform/metered).
const BUS = keyOf(nmMeteredDbusCommand);
const PROFILE = keyOf(powerProfilesGetCommand);
const METERED = '{"type":"u","data":1}'; // NMMetered yes
const NOT_METERED = '{"type":"u","data":4}'; // NMMetered guess-no

const reason = (answers: Record<string, string>, pauseOnPowerSaver: boolean, pauseOnMetered: boolean, os: 'linux' | 'win32' | 'darwin' = 'linux') => {
  const run = fakeRunner(answers);
  const c = machineConditions({ os, run, pauseOnPowerSaver, pauseOnMetered, watchVpn: false });
  return { run, reason: c.pauseReason!() };
};

describe('machineConditions: when the monitor pauses', () => {
  it('pauses on a metered connection by default', async () => {
    expect(await reason({ [BUS]: METERED }, true, true).reason).toBe('metered');
    expect(await reason({ [BUS]: NOT_METERED }, true, true).reason).toBeNull();
  });

  it('does not even ask about the cost when policy lets it run on metered connections', async () => {
    const r = reason({ [BUS]: METERED }, true, false);
    expect(await r.reason).toBeNull();
    expect(r.run.asked).not.toContain(BUS);
  });

  it('battery saver is named first when both hold', async () => {
    expect(await reason({ [BUS]: METERED, [PROFILE]: 'power-saver\n' }, true, true).reason).toBe('power-saver');
    expect(await reason({ [BUS]: METERED, [PROFILE]: 'power-saver\n' }, false, true).reason).toBe('metered');
  });

  it('an unknown cost never pauses (macOS, no NetworkManager, Windows without a profile)', async () => {
    expect(await reason({}, true, true, 'darwin').reason).toBeNull();
    expect(await reason({}, true, true, 'linux').reason).toBeNull();
    expect(await reason({ [keyOf(windowsConnectionCostCommand)]: '' }, false, true, 'win32').reason).toBeNull();
    expect(await reason({ [keyOf(windowsConnectionCostCommand)]: '{"NetworkCostType":3,"Roaming":false,"OverDataLimit":false}' }, false, true, 'win32').reason).toBe('metered');
  });
});
