import type { CommandOutput } from '../command.js';
import { commandFailure } from '../vpn/command-failure.js';
import { findRegValue, parseRegQuery } from '../registry/parse-reg-query.js';
import { cleanVersion } from './version-string.js';

/** What one `reg query … /v Version` showed: the value, its absence, or a failure to ask. */
export type RegVersionLookup =
  | { readonly state: 'found'; readonly version: string | null; readonly raw: string }
  | { readonly state: 'absent' }
  | { readonly state: 'failed'; readonly why: string };

/**
 * Reads a `reg query` result by exit code and structure, never by its (localized) words: exit 0
 * with a Version value line is found; exit 1 without any value line is the "unable to find the
 * specified registry key or value" error in whatever language; anything else is a failure.
 */
export function interpretRegVersion(out: CommandOutput): RegVersionLookup {
  if (out.spawnError !== undefined || out.timedOut) return { state: 'failed', why: commandFailure(out) ?? 'reg did not run' };
  const value = findRegValue(parseRegQuery(out.stdout), 'Version');
  if (out.exitCode === 0 && value !== undefined) return { state: 'found', version: cleanVersion(value.data.trimEnd()), raw: value.data.trimEnd() };
  if (out.exitCode === 1 && value === undefined) return { state: 'absent' };
  return { state: 'failed', why: commandFailure(out) ?? `reg query printed no Version value (exit ${String(out.exitCode)})` };
}
