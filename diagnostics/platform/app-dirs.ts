import { homedir } from 'node:os';
import { join } from 'node:path';
import type { OsKind } from './os-kind.js';

/**
 * Where Homeline keeps what it remembers for one user: check history, the user's own settings
 * (ISP name, contract speed), the ticket outbox. One place, so the CLI, the tray app and the tests
 * agree. `HOMELINE_HOME` overrides it: tests point it at a temporary folder, and IT can move it.
 *
 * Per-OS conventions: Windows keeps machine-local state in %LOCALAPPDATA% (not the roaming profile:
 * history is about this machine's network), macOS in ~/Library/Application Support, Linux in the
 * XDG state directory.
 */
export function homelineDataDir(os: OsKind, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (env.HOMELINE_HOME) return env.HOMELINE_HOME;
  switch (os) {
    case 'win32':
      return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Homeline');
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Homeline');
    default:
      return join(env.XDG_STATE_HOME ?? join(home, '.local', 'state'), 'homeline');
  }
}
