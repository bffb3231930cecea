import { formatPath } from '../profile/load-profile.js';
import { coerceValue } from './coerce-value.js';
import { findPolicyKey, USER_SETTING_KEYS } from './policy-keys.js';
import type { PolicyKey, PolicyValues } from './policy-schema.js';
import type { SourceReading } from './policy-source.js';

/** A policy value that was ignored, and why: `key` as the source wrote it. */
export interface PolicyIssue {
  readonly key: string;
  readonly location: string;
  readonly reason: string;
}

/** The managed policy after checking: valid values with where each came from, and what was ignored. */
export interface ValidatedPolicy {
  readonly values: Partial<PolicyValues>;
  readonly origins: Partial<Record<PolicyKey, string>>;
  readonly issues: readonly PolicyIssue[];
  readonly sources: readonly SourceReading[];
}

/**
 * Checks every value on its own: a bad value is reported with its key and reason and ignored,
 * and never takes the rest of the policy with it. Machine sources win over user sources; within
 * a scope, the first source given wins. A bad machine value lets a valid user value through.
 */
export function validatePolicy(readings: readonly SourceReading[]): ValidatedPolicy {
  const ordered = [...readings].sort((a, b) => rank(a) - rank(b));
  const values: Record<string, unknown> = {};
  const origins: Partial<Record<PolicyKey, string>> = {};
  const issues: PolicyIssue[] = [];
  for (const reading of ordered) {
    const location = reading.source.location;
    if (reading.error !== undefined) issues.push({ key: '(all)', location, reason: reading.error });
    for (const s of reading.skipped ?? []) issues.push({ key: s.name, location, reason: s.reason });
    for (const entry of reading.entries) {
      if (isBookkeeping(entry.name)) continue;
      const info = findPolicyKey(entry.name);
      if (!info) {
        issues.push({ key: entry.name, location, reason: 'is not a Homeline policy key' });
        continue;
      }
      const coerced = coerceValue(info.meta.type, entry.value);
      if (!coerced.ok) {
        issues.push({ key: entry.name, location, reason: coerced.reason });
        continue;
      }
      const parsed = info.schema.safeParse(coerced.value);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first && first.path.length > 0 ? ` at ${formatPath(first.path)}` : '';
        issues.push({ key: entry.name, location, reason: `${(first?.message ?? 'is invalid').replace(/^Invalid input: /, '')}${where}` });
        continue;
      }
      let value = parsed.data;
      if (info.key === 'userMayChange') value = keepUserSettingKeys(value as string[], entry.name, location, issues);
      if (info.key in values) continue;
      values[info.key] = value;
      origins[info.key] = location;
    }
  }
  return { values: values as Partial<PolicyValues>, origins, issues, sources: readings };
}

/** "$schema" in a JSON policy, Payload* keys a configuration profile may carry: not settings. */
function isBookkeeping(name: string): boolean {
  return name.startsWith('$') || /^Payload[A-Z]/.test(name);
}

function rank(r: SourceReading): number {
  return r.source.scope === 'machine' ? 0 : 1;
}

/** userMayChange may only name settings a user has; other names are reported and dropped. */
function keepUserSettingKeys(list: readonly string[], name: string, location: string, issues: PolicyIssue[]): PolicyKey[] {
  const kept: PolicyKey[] = [];
  for (const item of list) {
    const info = findPolicyKey(item.trim());
    if (info && USER_SETTING_KEYS.includes(info.key)) kept.push(info.key);
    else issues.push({ key: name, location, reason: `names "${item}", which is not a setting users can have (${USER_SETTING_KEYS.join(', ')})` });
  }
  return kept;
}
