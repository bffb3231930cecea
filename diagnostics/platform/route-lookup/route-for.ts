import type { CommandRunner } from '../command.js';
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

/**
 * Which interface (and router, and source address) the OS would use to reach `host`, so the engine
 * can tell whether internal hosts go into the tunnel (split vs full tunnel). All fields are null
 * when the OS has no route or the command failed. Throws TypeError when `host` is not an IP
 * literal: resolving names is the caller's job, and passing one is a bug.
 */
export async function routeFor(host: string, deps: RouteForDeps): Promise<RouteLookup> {
  const spec = routeLookupCommand(deps.os, host);
  const out = await deps.run(spec, deps.signal);
  if (out.spawnError !== undefined || out.timedOut) return NO_ROUTE;
  return PARSERS[deps.os](out.stdout);
}
