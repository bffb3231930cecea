import { effectiveSettings, type EffectiveSettings } from './effective-settings.js';
import type { Lang } from '../i18n/translator.js';
import { describeProblem } from './describe-problem.js';
import type { PolicyIssue, ValidatedPolicy } from './validate-policy.js';

/**
 * The managed policy as data for the app, the bundle and `homeline policy --json -`: where it was
 * read from, every setting in effect with its origin and lock, and every ignored value with why.
 */
export interface PolicyReport {
  readonly sources: readonly {
    readonly location: string;
    readonly scope: 'machine' | 'user';
    readonly found: boolean;
    readonly error?: string;
  }[];
  readonly settings: EffectiveSettings;
  /** Where each policy-set value came from. */
  readonly origins: ValidatedPolicy['origins'];
  /** Ignored policy values and ignored user settings. */
  readonly issues: readonly PolicyIssue[];
}

/** Builds the report from the checked policy and the user's stored settings. */
export function policyReport(policy: ValidatedPolicy, user: Readonly<Record<string, unknown>>, lang: Lang = 'en'): PolicyReport {
  const { settings, ignored } = effectiveSettings(policy, user, lang);
  return {
    sources: policy.sources.map(({ source, found, error }) => ({ ...source, found, ...(error === undefined ? {} : { error: describeProblem(error, lang) }) })),
    settings,
    origins: policy.origins,
    issues: [...policy.issues, ...ignored],
  };
}
