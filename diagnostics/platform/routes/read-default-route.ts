import type { CommandRunner, CommandSpec } from '../command.js';
import { couldNotRun, unreadable } from '../could-not-run.js';
import type { OsKind } from '../os-kind.js';
import { defaultRouteCommand } from './command.js';
import type { DefaultRoute } from './default-route.js';
import { parseDarwinDefaultRoute } from './parse-darwin.js';
import { parseLinuxDefaultRoute } from './parse-linux.js';
import { parseRoutePrint } from './parse-route-print.js';
import { parseWindowsDefaultRoute } from './parse-windows.js';
import { readAddresses, type OsAddresses } from '../links/read-addresses.js';
import { powershellObjects } from '../powershell.js';
import { wouldWaitForStartup } from '../session-host.js';

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
export async function readDefaultRoute(
  os: OsKind,
  run: CommandRunner,
  signal?: AbortSignal,
  addresses: () => readonly OsAddresses[] = readAddresses,
): Promise<RouteReading> {
  if (os === 'win32') return readWindowsDefaultRoute(run, signal, addresses);
  const out = await run(defaultRouteCommand(os), signal);
  const failed = couldNotRun(out);
  if (failed) return { route: null, failure: failed };
  const route = PARSERS[os](out.stdout);
  if (route) return { route, failure: null };
  if (os === 'linux' && (out.exitCode !== 0 || out.stdout.trim() !== '')) return { route: null, failure: unreadable(out) };
  return { route: null, failure: null };
}

/** The IPv4 default route from ROUTE.EXE: no PowerShell, numbers only. */
export const ROUTE_PRINT: CommandSpec = { cmd: 'route', args: ['print', '-4', '0.0.0.0'], timeoutMs: 3000 };

/**
 * Windows: Get-NetRoute's JSON (structured) when PowerShell answers without a start-up wait, else
 * and when it fails `route print` (rows read by shape; the interface named by its address through
 * the OS's own address list). So a check never waits for PowerShell to start before its pings,
 * and a machine where PowerShell is blocked still finds its router.
 */
async function readWindowsDefaultRoute(run: CommandRunner, signal: AbortSignal | undefined, addresses: () => readonly OsAddresses[]): Promise<RouteReading> {
  if (!wouldWaitForStartup(run)) {
    const out = await run(defaultRouteCommand('win32'), signal);
    // Get-NetRoute ran and printed JSON or nothing (its "no matching route" error): that is its answer.
    if (!couldNotRun(out) && powershellObjects(out.stdout) !== null) return { route: parseWindowsDefaultRoute(out.stdout), failure: null };
  }
  const text = await run(ROUTE_PRINT, signal);
  const failed = couldNotRun(text);
  if (failed) return { route: null, failure: failed };
  const row = parseRoutePrint(text.stdout);
  if (row === null) {
    // route print always prints its ===== rules; without them the text was not read.
    return { route: null, failure: /={10,}/.test(text.stdout) ? null : unreadable(text) };
  }
  const name = addresses().find((a) => a.ipv4.includes(row.interfaceAddress))?.name ?? null;
  return { route: { gateway: row.gateway, interface: name }, failure: null };
}
