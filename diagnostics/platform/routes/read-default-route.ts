import type { CommandRunner } from '../command.js';
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

/** Asks the OS for its default route; null when there is none or the command failed. */
export async function readDefaultRoute(os: OsKind, run: CommandRunner, signal?: AbortSignal): Promise<DefaultRoute | null> {
  const out = await run(defaultRouteCommand(os), signal);
  if (out.spawnError !== undefined) return null;
  return PARSERS[os](out.stdout);
}
