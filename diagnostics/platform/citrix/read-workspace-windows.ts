import { regQueryVersionCommand, WORKSPACE_REG_KEYS } from './command.js';
import { interpretRegVersion } from './reg-version.js';
import type { WorkspaceApp, WorkspaceAppDeps } from './types.js';

/** Windows: asks the three registry places at once and takes the first that has a version. */
export async function readWorkspaceWindows(deps: Pick<WorkspaceAppDeps, 'run' | 'signal'>): Promise<WorkspaceApp> {
  const lookups = await Promise.all(WORKSPACE_REG_KEYS.map((key) => deps.run(regQueryVersionCommand(key), deps.signal).then(interpretRegVersion)));
  const notes: string[] = [];
  let installed = false;
  let version: string | null = null;
  lookups.forEach((r, i) => {
    const key = WORKSPACE_REG_KEYS[i] ?? '';
    if (r.state === 'failed') notes.push(`${key}: ${r.why}`);
    if (r.state !== 'found') return;
    if (r.version === null) notes.push(`${key}: Version is "${r.raw.slice(0, 40)}", not a version number`);
    else notes.push(`${key}: Version ${r.version}`);
    // The first key with a readable version wins; a per-user install next to a per-machine one is only noted.
    if (!installed || version === null) version = r.version ?? version;
    installed = true;
  });
  const failures = lookups.flatMap((r) => (r.state === 'failed' ? [r.why] : []));
  if (!installed) {
    notes.push(failures.length > 0 ? 'no Workspace app entry found, but not every registry place could be read' : 'no Citrix Workspace app registry entry (HKLM 32/64-bit, HKCU)');
  }
  return { installed, version, notes, ...(!installed && failures.length > 0 ? { unread: [...new Set(failures)].join('; ') } : {}) };
}
