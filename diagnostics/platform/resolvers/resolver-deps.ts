import type { CommandOutput, CommandRunner } from '../command.js';
import { couldNotRun, unreadable } from '../could-not-run.js';
import type { OsKind } from '../os-kind.js';

/** What reading the system's resolvers needs: injected so tests feed fixtures. */
export interface ResolverDeps {
  readonly os: OsKind;
  readonly run: CommandRunner;
  /**
   * Returns a file's text, or null when it does not exist. Rejects when it exists but cannot be
   * read (no permission, a folder in its place): that is no answer, unlike a missing file.
   */
  readonly readFile: (path: string) => Promise<string | null>;
}

/** Why a command's output cannot be trusted, or null when it ran and exited 0. `what` names it in the note. */
export function commandFailure(out: CommandOutput, what: string): string | null {
  if (out.spawnError !== undefined) return `${what} could not run: ${out.spawnError}`;
  if (out.timedOut) return `${what} timed out after ${out.durationMs} ms`;
  if (out.exitCode !== 0) {
    const said = out.stderr.trim().split(/\r?\n/)[0]?.slice(0, 200) ?? '';
    return `${what} exited with ${String(out.exitCode ?? out.signal)}${said === '' ? '' : `: ${said}`}`;
  }
  return null;
}

/**
 * Why a listing tool gave no list, naming the tool as the report's could-not-check says it: could
 * not run (missing, not permitted, hung, crashed, flooding), failed, or printed what its parser
 * cannot read.
 */
export function whyUnread(out: CommandOutput): string {
  return couldNotRun(out) ?? (out.exitCode !== 0 ? (commandFailure(out, out.cmd) ?? unreadable(out)) : unreadable(out));
}
