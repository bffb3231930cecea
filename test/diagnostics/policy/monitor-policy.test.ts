import { describe, expect, it } from 'vitest';
import { validatePolicy } from '../../../diagnostics/policy/validate-policy.js';
import { effectiveSettings } from '../../../diagnostics/policy/effective-settings.js';
import { findPolicyKey, USER_SETTING_KEYS } from '../../../diagnostics/policy/policy-keys.js';

// The tray monitor's policy keys (#17): on/off (a user setting too), interval, battery saver.

const src = { location: '/etc/homeline/policy.json', scope: 'machine' as const };
const policyOf = (content: Record<string, unknown>) =>
  validatePolicy([{ source: src, found: true, entries: Object.entries(content).map(([name, value]) => ({ name, value, source: src })) }]);

describe('the monitor’s policy keys', () => {
  it('are found by their registry names; only the on/off switch is also the user’s', () => {
    expect(findPolicyKey('MonitorEnabled')?.key).toBe('monitorEnabled');
    expect(findPolicyKey('MonitorIntervalSeconds')?.key).toBe('monitorIntervalSeconds');
    expect(findPolicyKey('MonitorOnPowerSaver')?.key).toBe('monitorOnPowerSaver');
    expect(findPolicyKey('MonitorOnMetered')?.key).toBe('monitorOnMetered');
    expect(USER_SETTING_KEYS).not.toContain('monitorOnMetered');
    expect(USER_SETTING_KEYS).toContain('monitorEnabled');
    expect(USER_SETTING_KEYS).not.toContain('monitorIntervalSeconds');
  });

  it('default to on, every second, pausing on battery saver; policy sets and locks them', () => {
    const none = effectiveSettings(policyOf({}), {}, 'en').settings;
    expect(none.monitorEnabled).toEqual({ value: true, source: 'default', locked: false });
    expect(none.monitorIntervalSeconds.value).toBe(1);
    expect(none.monitorOnPowerSaver.value).toBe(false);
    expect(none.monitorOnMetered.value).toBe(false);
    expect(effectiveSettings(policyOf({ monitorOnMetered: true }), {}, 'en').settings.monitorOnMetered).toMatchObject({ value: true, source: 'policy' });
    expect(policyOf({ monitorOnMetered: 'no' }).issues.map((i) => i.key)).toEqual(['monitorOnMetered']);
    const user = effectiveSettings(policyOf({}), { monitorEnabled: false }, 'en').settings;
    expect(user.monitorEnabled).toEqual({ value: false, source: 'user', locked: false });
    const managed = effectiveSettings(policyOf({ monitorEnabled: false, monitorIntervalSeconds: 5 }), { monitorEnabled: true }, 'en').settings;
    expect(managed.monitorEnabled).toEqual({ value: false, source: 'policy', locked: true });
    expect(managed.monitorIntervalSeconds.value).toBe(5);
  });

  it('refuses an interval outside 1–60 s, naming the key', () => {
    const p = policyOf({ monitorIntervalSeconds: 0, monitorEnabled: 'yes' });
    expect(p.issues.map((i) => i.key).sort()).toEqual(['monitorEnabled', 'monitorIntervalSeconds']);
    expect(p.values.monitorIntervalSeconds).toBeUndefined();
  });
});
