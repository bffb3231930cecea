import type { z } from 'zod';
import type { Translator } from '../i18n/translator.js';
import { MAX_MBPS, MAX_TARGETS_PER_KIND } from './profile.js';

/** The limits the door.rule.* texts name, for issues that do not carry their limit themselves. */
const RULE_LIMITS: Readonly<Record<string, number>> = { mbps: MAX_MBPS, tooMany: MAX_TARGETS_PER_KIND };

/** The longest excerpt of a refused value quoted back; a 50 MB string is not echoed. */
const MAX_SHOWN = 80;

/**
 * The words that follow a field's name for one zod issue, in the reader's language: a door.rule.*
 * key from the schema becomes its sentence with the value quoted (parse with `reportInput: true`
 * to have it); zod's own messages stay as zod words them in that language.
 */
export function issueRule(issue: z.core.$ZodIssue, t: Translator): string {
  const key = /^door\.rule\.(\w+)$/.exec(issue.message)?.[1];
  if (key === undefined) return t.t('door.rule.other', { detail: issue.message.replace(/^Invalid input: /, '') });
  const input: unknown = issue.input;
  const limit = RULE_LIMITS[key] ?? ('maximum' in issue ? Number(issue.maximum) : undefined);
  return t.t(`door.rule.${key}`, {
    value: shown(input),
    count: Array.isArray(input) ? input.length : '',
    ...(limit !== undefined ? { max: limit } : {}),
  });
}

/** A value as JSON, control characters escaped (JSON does that) and cut to a readable length. */
export function shown(value: unknown): string {
  const text = value === undefined ? '–' : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
