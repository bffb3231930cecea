import { z } from 'zod';
import { translator, type Lang } from '../i18n/translator.js';
import type { PolicyProblem } from './policy-problem.js';

/** A problem as the words that follow the key in a report, in one language. */
export function describeProblem(problem: PolicyProblem, lang: Lang): string {
  return translator(lang).t(`policy.reason.${problem.code}`, { detail: problem.detail ?? '' });
}

const zodErrors: Partial<Record<Lang, z.core.$ZodErrorMap>> = {};

/** zod's own messages in the report's language (messages a schema spells out stay as written). */
export function zodErrorMap(lang: Lang): z.core.$ZodErrorMap {
  return (zodErrors[lang] ??= z.locales[lang]().localeError);
}
