import { readWorkspaceDarwin } from './read-workspace-darwin.js';
import { readWorkspaceLinux } from './read-workspace-linux.js';
import { readWorkspaceWindows } from './read-workspace-windows.js';
import type { WorkspaceApp, WorkspaceAppDeps } from './types.js';

/**
 * Whether Citrix Workspace app is installed and its version, on any supported OS. Expected
 * failures (a command missing, a file unreadable) come back as notes; only bugs reject.
 */
export function readWorkspaceApp(deps: WorkspaceAppDeps): Promise<WorkspaceApp> {
  switch (deps.os) {
    case 'win32':
      return readWorkspaceWindows(deps);
    case 'darwin':
      return readWorkspaceDarwin(deps);
    case 'linux':
      return readWorkspaceLinux(deps);
  }
}
