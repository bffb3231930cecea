import type { CommandRunner } from '../command.js';
import { couldNotRun, unreadable } from '../could-not-run.js';
import type { OsKind } from '../os-kind.js';
import { defaultRouteCommand } from './command.js';
import type { DefaultRoute } from './default-route.js';
import { parseDarwinDefaultRoute } from './parse-darwin.js';
import { parseLinuxDefaultRoute } from './parse-linux.js';
import { parseWindowsDefaultRoute } from './parse-windows.js';

const PARSERS: Readonly<Record<OsKind, (stdout: string) => DefaultRoute | null>> = {
  linux: parseLinuxDefaultRoute,
  darwin: parseDarwinDefaultRoute,
  win32: parseWindowsDefaultRoute,
};

/** The default route (null when there is none), or why the route table could not be read. */
export interface RouteReading {
  readonly route: DefaultRoute | null;
  readonly failure: string | null;
}

/**
 * Asks the OS for its default route. "No default route" needs the command to have answered: empty
 * output from a Linux `ip route` that exited 0, or an exit the OS uses for "not in table" (macOS
 * route, Windows Get-NetRoute). Output that names no route but is not empty is unread, not absent.
 */
export async function readDefaultRoute(os: OsKind, run: CommandRunner, signal?: AbortSignal): Promise<RouteReading> {
  const out = await run(defaultRouteCommand(os), signal);
  const failed = couldNotRun(out);
  if (failed) return { route: null, failure: failed };
  const route = PARSERS[os](out.stdout);
  if (route) return { route, failure: null };
  if (os === 'linux' && (out.exitCode !== 0 || out.stdout.trim() !== '')) return { route: null, failure: unreadable(out) };
  return { route: null, failure: null };
}
