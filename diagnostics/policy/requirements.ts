import type { Lang } from '../i18n/translator.js';
import type { EffectiveSetting, EffectiveSettings } from './effective-setting-types.js';
import type { PolicyKey } from './policy-schema.js';
import { USER_SETTINGS_LOCATION } from './policy-source.js';
import { issue, type PolicyIssue } from './validate-policy.js';

/**
 * Settings that only make sense together: a switch that sends data somewhere stays off until
 * what it needs is set too. Ookla's Speedtest CLI needs its licence accepted (its EULA is not
 * ours to accept silently); fleet export needs an endpoint.
 */
const REQUIREMENTS: readonly { readonly key: 'ooklaEnabled' | 'fleetExportEnabled'; readonly needs: PolicyKey; readonly satisfied: (s: EffectiveSettings) => boolean }[] = [
  { key: 'ooklaEnabled', needs: 'ooklaLicenceAccepted', satisfied: (s) => s.ooklaLicenceAccepted.value === true },
  { key: 'fleetExportEnabled', needs: 'fleetExportOtlpEndpoint', satisfied: (s) => s.fleetExportOtlpEndpoint.value !== undefined },
];

/** Turns off a switch whose requirement is missing, keeping its lock, and says why. */
export function applyRequirements(settings: EffectiveSettings, origins: Partial<Record<PolicyKey, string>>, lang: Lang): { settings: EffectiveSettings; issues: PolicyIssue[] } {
  const out: Record<string, EffectiveSetting<PolicyKey>> = { ...settings };
  const issues: PolicyIssue[] = [];
  for (const r of REQUIREMENTS) {
    const s = settings[r.key];
    if (s.value !== true || r.satisfied(settings)) continue;
    out[r.key] = { ...s, value: false };
    const location = s.source === 'policy' ? (origins[r.key] ?? 'policy') : s.source === 'user' ? USER_SETTINGS_LOCATION : 'defaults';
    issues.push(issue(r.key, location, { code: 'needs', detail: r.needs }, lang));
  }
  return { settings: out as unknown as EffectiveSettings, issues };
}
