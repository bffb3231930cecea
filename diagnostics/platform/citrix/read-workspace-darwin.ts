import type { CommandOutput } from '../command.js';
import { commandFailure } from '../command-failure.js';
import { plutilVersionCommand, WORKSPACE_APP_PLIST } from './command.js';
import { parseInfoPlistXml, parsePlutilRaw } from './parse-plutil.js';
import { readOrNull } from './read-file-safe.js';
import type { WorkspaceApp, WorkspaceAppDeps } from './types.js';

/**
 * macOS: plutil prints the bundle's version. When it fails (no app, or a macOS before 12 without
 * the `raw` format) the plist is read directly: absent means not installed; an XML plist still
 * gives the version; a binary one leaves it unknown.
 */
export async function readWorkspaceDarwin(deps: Pick<WorkspaceAppDeps, 'run' | 'readFile' | 'signal'>): Promise<WorkspaceApp> {
  const out: CommandOutput = await deps.run(plutilVersionCommand, deps.signal);
  const fromPlutil = out.exitCode === 0 ? parsePlutilRaw(out.stdout) : null;
  if (fromPlutil !== null) return { installed: true, version: fromPlutil, notes: [`${WORKSPACE_APP_PLIST}: ${fromPlutil}`] };

  const notes = [commandFailure(out, { clause: true }) ?? `plutil printed no version: ${out.stdout.trim().slice(0, 80)}`];
  const plist = await readOrNull(deps.readFile, WORKSPACE_APP_PLIST);
  if (plist === null) return { installed: false, version: null, notes: [...notes, `${WORKSPACE_APP_PLIST} not found`] };
  const version = parseInfoPlistXml(plist);
  notes.push(version === null ? `${WORKSPACE_APP_PLIST} exists but its version could not be read` : `${WORKSPACE_APP_PLIST}: ${version} (read directly)`);
  return { installed: true, version, notes };
}
