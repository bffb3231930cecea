import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveSettings } from '../../../diagnostics/policy/effective-settings.js';
import { POLICY_DEFAULTS } from '../../../diagnostics/policy/policy-defaults.js';
import { POLICY_KEYS, USER_SETTING_KEYS } from '../../../diagnostics/policy/policy-keys.js';
import { validatePolicy } from '../../../diagnostics/policy/validate-policy.js';

const src = { location: '/etc/homeline/policy.json', scope: 'machine' as const };
const policyOf = (content: Record<string, unknown>) =>
  validatePolicy([{ source: src, found: true, entries: Object.entries(content).map(([name, value]) => ({ name, value, source: src })) }]);

describe('effective settings: policy > user > defaults', () => {
  it('locks what policy sets and reports the user value it overrides', () => {
    const { settings, ignored } = effectiveSettings(policyOf({ language: 'de', companyName: 'Example' }), { language: 'sv', startAtLogin: false });
    expect(settings.language).toEqual({ value: 'de', source: 'policy', locked: true });
    expect(settings.companyName).toEqual({ value: 'Example', source: 'policy', locked: true });
    expect(settings.startAtLogin).toEqual({ value: false, source: 'user', locked: false });
    expect(settings.redactionLevel).toEqual({ value: 'standard', source: 'default', locked: false });
    expect(ignored).toEqual([{ key: 'language', location: 'user settings', code: 'setByPolicy', reason: 'is set by policy' }]);
  });

  it('with userMayChange, only the named settings follow the user; the rest stay locked at default', () => {
    const { settings, ignored } = effectiveSettings(policyOf({ userMayChange: ['language'] }), { language: 'sv', ssidHandling: 'keep' });
    expect(settings.language).toEqual({ value: 'sv', source: 'user', locked: false });
    expect(settings.ssidHandling).toEqual({ value: 'hash', source: 'default', locked: true });
    expect(ignored.map((i) => i.key)).toEqual(['ssidHandling']);
  });

  it('ignores invalid user values and keys users cannot have, and leaves other store keys alone', () => {
    const { settings, ignored } = effectiveSettings(policyOf({}), { backgroundCheckMinutes: -5, companyName: 'Me Inc', ispName: 'Telia' });
    expect(settings.backgroundCheckMinutes.source).toBe('default');
    expect(settings.companyName).toEqual({ value: undefined, source: 'default', locked: true });
    expect(ignored.map((i) => i.key)).toEqual(['backgroundCheckMinutes', 'companyName']);
  });

  it('never lets a user value beat a policy value, whatever the values (property)', () => {
    const key = fc.constantFrom(...USER_SETTING_KEYS);
    fc.assert(
      fc.property(key, fc.boolean(), fc.anything(), (k, viaPolicy, userValue) => {
        const policyValue = POLICY_KEYS.find((p) => p.key === k)?.meta.example;
        const policy = policyOf(viaPolicy ? { [k]: policyValue } : {});
        const s = effectiveSettings(policy, { [k]: userValue }).settings[k];
        if (viaPolicy) expect(s).toEqual({ value: policyValue, source: 'policy', locked: true });
        else expect(s.source === 'user' || s.value === POLICY_DEFAULTS[k]).toBe(true);
        expect(s.locked).toBe(s.source === 'policy');
      }),
    );
  });
});

describe('settings that need another one', () => {
  it('keeps Ookla off until its licence is accepted, and fleet export off without an endpoint', () => {
    const { settings, ignored } = effectiveSettings(policyOf({ ooklaEnabled: true, fleetExportEnabled: true }), {});
    expect(settings.ooklaEnabled).toEqual({ value: false, source: 'policy', locked: true });
    expect(settings.fleetExportEnabled.value).toBe(false);
    expect(ignored.map((i) => `${i.key} ${i.reason}`)).toEqual(['ooklaEnabled stays off: it needs ooklaLicenceAccepted', 'fleetExportEnabled stays off: it needs fleetExportOtlpEndpoint']);
  });

  it('lets them on once the requirement is there, from policy or the user', () => {
    const { settings, ignored } = effectiveSettings(policyOf({ ooklaLicenceAccepted: true }), { ooklaEnabled: true });
    expect(settings.ooklaEnabled).toEqual({ value: true, source: 'user', locked: false });
    expect(ignored).toEqual([]);
  });
});
