import type { CommandOutput, CommandRunner } from '../command.js';
import { couldNotRun, unreadable } from '../could-not-run.js';
import type { OsKind } from '../os-kind.js';
import { routeLookupCommand } from './command.js';
import { parseDarwinRouteGet } from './parse-darwin.js';
import { parseLinuxRouteGet } from './parse-linux.js';
import { parseWindowsFindNetRoute } from './parse-windows.js';
import { NO_ROUTE, type RouteLookup } from './route-lookup.js';

/** The answer type, re-exported so callers import one module. */
export type { RouteLookup } from './route-lookup.js';

const PARSERS: Readonly<Record<OsKind, (stdout: string) => RouteLookup>> = {
  linux: parseLinuxRouteGet,
  darwin: parseDarwinRouteGet,
  win32: parseWindowsFindNetRoute,
};

/** What routeFor needs: the OS, a command runner and optionally the probe's abort signal. */
export interface RouteForDeps {
  readonly os: OsKind;
  readonly run: CommandRunner;
  readonly signal?: AbortSignal;
}

/** A route lookup and, when it gave no answer at all, why (naming the tool). */
export interface RouteReading {
  readonly route: RouteLookup;
  /** Set when the command could not run or printed what its parser cannot read; null for an answer. */
  readonly unread: string | null;
}

/**
 * Why a lookup that found no route is no answer: the command could not run, or it exited 0 (it
 * found a route, or says so by its exit code) yet printed nothing its parser reads. `ip` always
 * prints its route on success; PowerShell may print nothing for an empty pipeline.
 */
function unreadRoute(os: OsKind, out: CommandOutput): string | null {
  const failed = couldNotRun(out);
  if (failed !== null) return failed;
  if (out.exitCode !== 0) return null;
  return os === 'linux' || out.stdout.trim() !== '' ? unreadable(out) : null;
}

/**
 * Which interface (and router, and source address) the OS would use to reach `host`, with the
 * reason when the command gave no answer (see routeFor). Throws TypeError when `host` is not an IP
 * literal.
 */
export async function readRoute(host: string, deps: RouteForDeps): Promise<RouteReading> {
  const spec = routeLookupCommand(deps.os, host);
  const out = await deps.run(spec, deps.signal);
  if (out.spawnError !== undefined || out.timedOut) return { route: NO_ROUTE, unread: unreadRoute(deps.os, out) };
  const route = PARSERS[deps.os](out.stdout);
  const found = route.interface !== null || route.gateway !== null;
  return { route, unread: found ? null : unreadRoute(deps.os, out) };
}

/**
 * Which interface (and router, and source address) the OS would use to reach `host`, so the engine
 * can tell whether internal hosts go into the tunnel (split vs full tunnel). All fields are null
 * when the OS has no route or the command failed. Throws TypeError when `host` is not an IP
 * literal: resolving names is the caller's job, and passing one is a bug.
 */
export async function routeFor(host: string, deps: RouteForDeps): Promise<RouteLookup> {
  return (await readRoute(host, deps)).route;
}
