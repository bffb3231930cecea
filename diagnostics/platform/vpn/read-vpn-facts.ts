import type { CommandRunner } from '../command.js';
import type { OsKind } from '../os-kind.js';
import { readVpnDarwin } from './read-vpn-darwin.js';
import { readVpnLinux } from './read-vpn-linux.js';
import { readVpnWindows } from './read-vpn-windows.js';
import type { VpnFacts } from './types.js';

/** The VPN fact types, re-exported so callers import one module. */
export type { BuiltInVpn, VpnFacts, VpnProduct, VpnTunnel } from './types.js';

/** What readVpnFacts needs: the OS, a command runner and optionally the probe's abort signal. */
export interface VpnFactsDeps {
  readonly os: OsKind;
  readonly run: CommandRunner;
  readonly signal?: AbortSignal;
}

/** One reader per OS behind one signature. */
type VpnReader = (run: CommandRunner, signal?: AbortSignal) => Promise<VpnFacts>;

function readerFor(os: OsKind): VpnReader {
  switch (os) {
    case 'win32':
      return readVpnWindows;
    case 'darwin':
      return readVpnDarwin;
    case 'linux':
      return readVpnLinux;
  }
}

/**
 * Which VPN clients and tunnel adapters this machine has, whether they are connected, and the VPN
 * connections the OS itself manages. Never rejects for a failed command: what could not be read
 * is in `notes`.
 */
export function readVpnFacts(deps: VpnFactsDeps): Promise<VpnFacts> {
  return readerFor(deps.os)(deps.run, deps.signal);
}
