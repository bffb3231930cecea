import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
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

/** One sentence for the first problem zod found; the rest are usually consequences of it. */
export function describeIssue(file: string, issue: z.core.$ZodIssue): string {
  return `${file}: field ${formatPath(issue.path)} ${issue.message.replace(/^Invalid input: /, 'is invalid: ')}.`;
}

/** Parses and validates profile text; throws ProfileError naming the file, field and problem. */
export function parseProfile(text: string, file: string): Profile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new ProfileError(`${file}: not valid JSON (${why}).`);
  }
  const parsed = profileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ProfileError(first ? describeIssue(file, first) : `${file}: not a valid profile.`);
  }
  return parsed.data;
}

/** Reads a profile file; a missing or unreadable file is a ProfileError too. */
export async function loadProfileFile(file: string): Promise<Profile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : String(e);
    throw new ProfileError(`${file}: cannot read the profile (${why}).`);
  }
  return parseProfile(text, file);
}

/**
 * Chooses the targets for a run: the given profile, else the managed policy's, else the built-in
 * defaults. Under HOMELINE_NO_BUILTIN_TARGETS (tests) the defaults are refused, so no test can
 * send traffic to a public address by forgetting --profile.
 */
export async function resolveTargets(profileFile: string | undefined, policyProfile?: Profile): Promise<Targets> {
  if (profileFile !== undefined) return targetsFromProfile(await loadProfileFile(profileFile), 'profile');
  if (policyProfile !== undefined) return targetsFromProfile(policyProfile, 'policy');
  if (process.env.HOMELINE_NO_BUILTIN_TARGETS) {
    throw new ProfileError('no profile given and built-in targets are disabled (HOMELINE_NO_BUILTIN_TARGETS): pass --profile FILE.');
  }
  return targetsFromProfile(BUILTIN_PROFILE, 'defaults');
}
