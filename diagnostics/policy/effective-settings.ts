import type { Lang } from '../i18n/translator.js';
import { zodErrorMap } from './describe-problem.js';
import { POLICY_DEFAULTS } from './policy-defaults.js';
import { POLICY_KEYS, USER_SETTING_KEYS } from './policy-keys.js';
import type { PolicyKey, PolicyValues } from './policy-schema.js';
import { USER_SETTINGS_LOCATION } from './policy-source.js';
import { applyRequirements } from './requirements.js';
import { issue, zodDetail, type PolicyIssue, type ValidatedPolicy } from './validate-policy.js';
import type { Effective, EffectiveSetting, EffectiveSettings } from './effective-setting-types.js';

export type { Effective, EffectiveSetting, EffectiveSettings } from './effective-setting-types.js';

/**
 * Precedence, as a pure function: policy > user settings > defaults. A policy value is always
 * locked. A user setting applies only to keys users may have, and, when policy sets
 * `userMayChange`, only to the keys it names; the others are locked at their default.
 * `user` is whatever the settings store holds: keys that are not policy keys (the ISP's name…)
 * are none of this function's business; invalid values are reported and ignored. Switches whose
 * requirement is missing (Ookla without its licence accepted) stay off (requirements.ts).
 */
export function effectiveSettings(policy: ValidatedPolicy, user: Readonly<Record<string, unknown>>, lang: Lang = 'en'): Effective {
  const allowed = policy.values.userMayChange;
  const ignored: PolicyIssue[] = [];
  const out: Record<string, EffectiveSetting<PolicyKey>> = {};
  for (const { key, schema } of POLICY_KEYS) {
    const fromPolicy = policy.values[key];
    const userMay = USER_SETTING_KEYS.includes(key) && (allowed === undefined || allowed.includes(key));
    const hasUser = Object.hasOwn(user, key) && user[key] !== undefined;
    if (fromPolicy !== undefined) {
      if (hasUser) ignored.push(issue(key, USER_SETTINGS_LOCATION, { code: 'setByPolicy' }, lang));
      out[key] = { value: fromPolicy, source: 'policy', locked: true };
      continue;
    }
    if (hasUser && !userMay) ignored.push(issue(key, USER_SETTINGS_LOCATION, { code: 'notChangeable' }, lang));
    if (hasUser && userMay) {
      const parsed = schema.safeParse(user[key], { error: zodErrorMap(lang) });
      if (parsed.success) {
        out[key] = { value: parsed.data as PolicyValues[PolicyKey], source: 'user', locked: false };
        continue;
      }
      ignored.push(issue(key, USER_SETTINGS_LOCATION, { code: 'invalidValue', detail: zodDetail(parsed.error.issues[0], lang) }, lang));
    }
    out[key] = { value: POLICY_DEFAULTS[key], source: 'default', locked: !userMay };
  }
  const checked = applyRequirements(out as unknown as EffectiveSettings, policy.origins, lang);
  return { settings: checked.settings, ignored: [...ignored, ...checked.issues] };
}
