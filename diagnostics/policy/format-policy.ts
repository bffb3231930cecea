import type { Translator } from '../i18n/translator.js';
import type { EffectiveSetting } from './effective-settings.js';
import { POLICY_KEYS, USER_SETTING_KEYS } from './policy-keys.js';
import type { PolicyKey } from './policy-schema.js';
import type { PolicyReport } from './policy-report.js';

/** `homeline policy` for people: sources, every setting with its origin and lock, ignored values. */
export function formatPolicyReport(report: PolicyReport, t: Translator): string {
  const lines = [t.t('policy.title'), '', t.t('policy.sourcesTitle')];
  if (report.sources.length === 0) lines.push(`  ${t.t('policy.noSources')}`);
  for (const s of report.sources) {
    const key = s.error !== undefined ? 'policy.sourceError' : s.found ? 'policy.sourceRead' : 'policy.sourceAbsent';
    lines.push(`  ${t.t(key, { location: s.location, reason: s.error ?? '' })}`);
  }
  lines.push('', t.t('policy.settingsTitle'));
  for (const { key } of POLICY_KEYS) {
    const s = report.settings[key] as EffectiveSetting<PolicyKey>;
    const value = s.value === undefined ? t.t('policy.notSet') : JSON.stringify(s.value);
    lines.push(`  ${t.t('policy.settingLine', { key, value, origin: origin(key, s, report.origins[key], t) })}`);
  }
  lines.push('', report.issues.length === 0 ? t.t('policy.noIssues') : t.t('policy.issuesTitle'));
  for (const i of report.issues) lines.push(`  ${t.t('policy.issueLine', { key: i.key, location: i.location, reason: i.reason })}`);
  return lines.join('\n');
}

function origin(key: PolicyKey, s: EffectiveSetting<PolicyKey>, location: string | undefined, t: Translator): string {
  if (s.source === 'policy') return t.t('policy.origin.policy', { location: location ?? '' });
  if (s.source === 'user') return t.t('policy.origin.user');
  if (!USER_SETTING_KEYS.includes(key)) return t.t('policy.origin.itOnly');
  return t.t(s.locked ? 'policy.origin.defaultLocked' : 'policy.origin.default');
}
