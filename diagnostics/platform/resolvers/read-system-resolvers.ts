import type { OsKind } from '../os-kind.js';
import { readDarwinResolvers } from './read-darwin.js';
import { readLinuxResolvers } from './read-linux.js';
import { readWindowsResolvers } from './read-windows.js';
import type { ResolverDeps } from './resolver-deps.js';
import type { SystemResolvers } from './types.js';

/** What reading the resolvers needs (re-exported: probes import this module only). */
export type { ResolverDeps } from './resolver-deps.js';

const BY_OS: Readonly<Record<OsKind, (deps: ResolverDeps) => Promise<SystemResolvers>>> = {
  linux: readLinuxResolvers,
  darwin: readDarwinResolvers,
  win32: readWindowsResolvers,
};

/** The DNS servers this machine uses, from the OS's own configuration. Failures become notes. */
export function readSystemResolvers(deps: ResolverDeps): Promise<SystemResolvers> {
  return BY_OS[deps.os](deps);
}
