import { z } from 'zod';
import { translator, type Lang } from '../i18n/translator.js';
import { MAX_CONFIG_BYTES } from '../platform/read-capped.js';
import type { PolicyProblem } from './policy-problem.js';

/** A problem as the words that follow the key in a report, in one language. */
export function describeProblem(problem: PolicyProblem, lang: Lang): string {
  const t = translator(lang);
  if (problem.code === 'tooLarge') return t.t('door.tooLarge', { size: Number(problem.detail), max: MAX_CONFIG_BYTES });
  return t.t(`policy.reason.${problem.code}`, { detail: problem.detail ?? '' });
}

const zodErrors: Partial<Record<Lang, z.core.$ZodErrorMap>> = {};

/** zod's own messages in the report's language (messages a schema spells out stay as written). */
export function zodErrorMap(lang: Lang): z.core.$ZodErrorMap {
  return (zodErrors[lang] ??= z.locales[lang]().localeError);
}
