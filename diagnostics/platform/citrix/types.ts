import type { CommandRunner } from '../command.js';
import type { OsKind } from '../os-kind.js';

/** Whether Citrix Workspace app is installed and which version; notes say where it was read or why not. */
export interface WorkspaceApp {
  readonly installed: boolean;
  readonly version: string | null;
  readonly notes: string[];
  /** Why "not installed" is no answer: a place that could have recorded the app could not be read (its tool failed). */
  readonly unread?: string;
}

/** Reads a text file; resolves null (or rejects) when it is absent. Injected so tests need no real files. */
export type ReadTextFile = (path: string) => Promise<string | null>;

/** What readWorkspaceApp needs: the OS, a command runner and a file reader. Nothing else. */
export interface WorkspaceAppDeps {
  readonly os: OsKind;
  readonly run: CommandRunner;
  readonly readFile: ReadTextFile;
  readonly signal?: AbortSignal;
}
