import { runCommand, type CommandRunner } from '../command.js';
import type { OsKind } from '../os-kind.js';
import { powershellSessionRunner } from './powershell-session.js';

/**
 * The runner one check uses: on a real Windows run, PowerShell queries share one session started
 * now (powershell-session.ts); replays, fakes and other OSes run exactly as given.
 */
export function checkRunner(os: OsKind, run: CommandRunner, platform: NodeJS.Platform = process.platform): { run: CommandRunner; close: () => void } {
  if (os !== 'win32' || platform !== 'win32' || run !== runCommand) return { run, close: () => undefined };
  const session = powershellSessionRunner(run);
  return { run: session, close: session.close };
}
