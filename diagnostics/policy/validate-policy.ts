import type { z } from 'zod';
import { translator, type Lang } from '../i18n/translator.js';
import { formatPath } from '../profile/load-profile.js';
import { issueRule } from '../schema/issue-text.js';
import { coerceValue } from './coerce-value.js';
import { describeProblem, zodErrorMap } from './describe-problem.js';
import { findPolicyKey, USER_SETTING_KEYS } from './policy-keys.js';
import type { PolicyProblem } from './policy-problem.js';
import type { PolicyKey, PolicyValues } from './policy-schema.js';
import type { SourceReading } from './policy-source.js';

/** A value that was not applied, and why: `key` as the source wrote it, `reason` in the report's language. */
export interface PolicyIssue extends PolicyProblem {
  readonly key: string;
  readonly location: string;
  readonly reason: string;
}

/** Builds an issue, wording the problem in `lang`. */
export function issue(key: string, location: string, problem: PolicyProblem, lang: Lang): PolicyIssue {
  return { key, location, ...problem, reason: describeProblem(problem, lang) };
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
export function validatePolicy(readings: readonly SourceReading[], lang: Lang = 'en'): ValidatedPolicy {
  const ordered = [...readings].sort((a, b) => rank(a) - rank(b));
  const values: Record<string, unknown> = {};
  const origins: Partial<Record<PolicyKey, string>> = {};
  const issues: PolicyIssue[] = [];
  for (const reading of ordered) {
    const location = reading.source.location;
    if (reading.error !== undefined) issues.push(issue('(all)', location, reading.error, lang));
    for (const s of reading.skipped ?? []) issues.push(issue(s.name, location, s.problem, lang));
    for (const entry of reading.entries) {
      if (isBookkeeping(entry.name)) continue;
      const info = findPolicyKey(entry.name);
      if (!info) {
        issues.push(issue(entry.name, location, { code: 'unknownKey' }, lang));
        continue;
      }
      const coerced = coerceValue(info.meta.type, entry.value);
      if (!coerced.ok) {
        issues.push(issue(entry.name, location, coerced.problem, lang));
        continue;
      }
      const parsed = info.schema.safeParse(coerced.value, { error: zodErrorMap(lang), reportInput: true });
      if (!parsed.success) {
        issues.push(issue(entry.name, location, { code: 'invalidValue', detail: zodDetail(parsed.error.issues[0], lang) }, lang));
        continue;
      }
      let value = parsed.data;
      if (info.key === 'userMayChange') value = keepUserSettingKeys(value as string[], entry.name, location, issues, lang);
      if (info.key in values) continue;
      values[info.key] = value;
      origins[info.key] = location;
    }
  }
  return { values: values as Partial<PolicyValues>, origins, issues, sources: readings };
}

/**
 * zod's first complaint, with the path inside the value when it is nested (targets, categories);
 * a door rule (host names, ports, counts) is worded in `lang` with the refused value quoted.
 */
export function zodDetail(first: z.core.$ZodIssue | undefined, lang: Lang = 'en'): string {
  if (!first) return '';
  const message = first.message.startsWith('door.rule.') ? issueRule(first, translator(lang)) : first.message;
  return first.path.length > 0 ? `${formatPath(first.path)}: ${message}` : message;
}

/** "$schema" in a JSON policy, Payload* keys a configuration profile may carry: not settings. */
function isBookkeeping(name: string): boolean {
  return name.startsWith('$') || /^Payload[A-Z]/.test(name);
}

function rank(r: SourceReading): number {
  return r.source.scope === 'machine' ? 0 : 1;
}

/** userMayChange may only name settings a user has; other names are reported and dropped. */
function keepUserSettingKeys(list: readonly string[], name: string, location: string, issues: PolicyIssue[], lang: Lang): PolicyKey[] {
  const kept: PolicyKey[] = [];
  for (const item of list) {
    const info = findPolicyKey(item.trim());
    if (info && USER_SETTING_KEYS.includes(info.key)) kept.push(info.key);
    else issues.push(issue(name, location, { code: 'notUserSetting', detail: item }, lang));
  }
  return kept;
}
