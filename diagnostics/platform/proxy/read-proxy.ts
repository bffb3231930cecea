import type { CommandRunner } from '../command.js';
import type { OsKind } from '../os-kind.js';
import { readProxyDarwin } from './read-proxy-darwin.js';
import { readProxyLinux } from './read-proxy-linux.js';
import { readProxyWindows } from './read-proxy-windows.js';
import { unknownProxyFacts, type ProxyFacts } from './types.js';

/** What readProxy needs: the OS, a runner, and the environment (Linux proxy variables). */
export interface ReadProxyDeps {
  readonly os: OsKind;
  readonly run: CommandRunner;
  readonly env: NodeJS.ProcessEnv;
  readonly signal?: AbortSignal;
}

/**
 * Reads the system proxy (manual servers, PAC URL, WPAD, bypass list) with the OS's own tools.
 * Never rejects: what could not be read is mode 'unknown' or a note.
 */
export async function readProxy(deps: ReadProxyDeps): Promise<ProxyFacts> {
  try {
    switch (deps.os) {
      case 'win32':
        return await readProxyWindows(deps.run, deps.signal);
      case 'darwin':
        return await readProxyDarwin(deps.run, deps.signal);
      case 'linux':
        return await readProxyLinux(deps.run, deps.env, deps.signal);
    }
  } catch (e) {
    // Runners report failures as data; reaching here means a runner broke its contract.
    return unknownProxyFacts([`Reading the proxy settings failed: ${e instanceof Error ? e.message : String(e)}`]);
  }
}
