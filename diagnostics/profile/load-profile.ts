import type { z } from 'zod';
import { translator, type Lang, type Translator } from '../i18n/translator.js';
import { FileTooLargeError, readCapped, utf8WithoutBom } from '../platform/read-capped.js';
import { zodErrorMap } from '../policy/describe-problem.js';
import { issueRule } from '../schema/issue-text.js';
import { profileSchema, type Profile } from '../schema/profile.js';
import { BUILTIN_PROFILE } from './defaults.js';
import { targetsFromProfile, type Targets } from './targets.js';

/** A profile that cannot be used; `message` is one sentence naming the file, the field and the problem. */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}

/** Formats a zod issue path the way people write JSON paths: internet.pingTargets[0]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(top level)' : out;
}

/** One sentence for the first problem zod found (the rest are usually consequences of it), in `t`'s language. */
export function describeIssue(file: string, issue: z.core.$ZodIssue, t: Translator = translator('en')): string {
  return t.t('door.profile.field', { file, field: formatPath(issue.path), rule: issueRule(issue, t) });
}

/**
 * Parses and validates profile text; throws ProfileError naming the file, field, rule and value
 * in `lang`. A UTF-8 byte-order mark (Windows editors write one) is not an error.
 */
export function parseProfile(text: string, file: string, lang: Lang = 'en'): Profile {
  const t = translator(lang);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ProfileError(t.t('door.profile.notJson', { file, detail: why }));
  }
  const parsed = profileSchema.safeParse(json, { reportInput: true, error: zodErrorMap(lang) });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ProfileError(first ? describeIssue(file, first, t) : t.t('door.profile.notJson', { file, detail: '' }));
  }
  return parsed.data;
}

/** Reads a profile file; a missing, unreadable or oversized file (refused unread) is a ProfileError too. */
export async function loadProfileFile(file: string, lang: Lang = 'en'): Promise<Profile> {
  const t = translator(lang);
  let text: string;
  try {
    text = utf8WithoutBom(await readCapped(file));
  } catch (e) {
    if (e instanceof FileTooLargeError) throw new ProfileError(t.t('door.profile.tooLarge', { file, size: e.size, max: e.max }));
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? t.t('door.profile.notFound') : code === 'EACCES' || code === 'EPERM' ? t.t('door.profile.denied') : e instanceof Error ? e.message : String(e);
    throw new ProfileError(t.t('door.profile.unreadable', { file, detail: why }));
  }
  return parseProfile(text, file, lang);
}

/**
 * Chooses the targets for a run: the given profile, else the managed policy's, else the built-in
 * defaults. Under HOMELINE_NO_BUILTIN_TARGETS (tests) the defaults are refused, so no test can
 * send traffic to a public address by forgetting --profile.
 */
export async function resolveTargets(profileFile: string | undefined, policyProfile?: Profile, lang: Lang = 'en'): Promise<Targets> {
  if (profileFile !== undefined) return targetsFromProfile(await loadProfileFile(profileFile, lang), 'profile');
  if (policyProfile !== undefined) return targetsFromProfile(policyProfile, 'policy');
  if (process.env.HOMELINE_NO_BUILTIN_TARGETS) {
    throw new ProfileError('no profile given and built-in targets are disabled (HOMELINE_NO_BUILTIN_TARGETS): pass --profile FILE.');
  }
  return targetsFromProfile(BUILTIN_PROFILE, 'defaults');
}
