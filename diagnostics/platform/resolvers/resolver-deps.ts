import type { CommandOutput, CommandRunner } from '../command.js';
import { commandFailure } from '../command-failure.js';
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

/**
 * Why a listing tool gave no list, naming the tool as the report's could-not-check says it: could
 * not run (missing, not permitted, hung, crashed, flooding), failed, or printed what its parser
 * cannot read.
 */
export function whyUnread(out: CommandOutput): string {
  return couldNotRun(out) ?? (out.exitCode !== 0 ? (commandFailure(out, { clause: true, name: out.cmd }) ?? unreadable(out)) : unreadable(out));
}
