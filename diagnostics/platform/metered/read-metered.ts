import type { CommandRunner } from '../command.js';
import { commandFailure } from '../command-failure.js';
import { unreadable } from '../could-not-run.js';
import type { OsKind } from '../os-kind.js';
import { readDefaultRoute } from '../routes/read-default-route.js';
import { nmcliMeteredCommand, nmMeteredDbusCommand, windowsConnectionCostCommand } from './command.js';
import { parseBusctlMetered, parseNmcliMetered } from './parse-networkmanager.js';
import { parseWindowsConnectionCost } from './parse-windows-cost.js';
import { unknownMetered, type MeteredFacts } from './types.js';

/** macOS keeps "expensive" and "constrained" paths in the Network framework only; no command prints them. */
export const DARWIN_METERED_NOTE = 'macOS has no command that says whether the connection is metered; it is unknown.';

/**
 * Whether the connection in use is metered, from the OS's own structured sources: NetworkManager's
 * Metered property (D-Bus, or nmcli for the default route's device when busctl is missing) on
 * Linux, the internet connection profile's cost on Windows. macOS: unknown. Never rejects.
 */
export async function readMetered(os: OsKind, run: CommandRunner, signal?: AbortSignal): Promise<MeteredFacts> {
  try {
    if (os === 'win32') return await readWindows(run, signal);
    if (os === 'linux') return await readLinux(run, signal);
    return unknownMetered([DARWIN_METERED_NOTE]);
  } catch (e) {
    // Runners report failures as data; reaching here means an injected dependency broke its contract.
    return unknownMetered([`Reading the connection cost failed: ${e instanceof Error ? e.message : String(e)}`]);
  }
}

async function readWindows(run: CommandRunner, signal?: AbortSignal): Promise<MeteredFacts> {
  const out = await run(windowsConnectionCostCommand, signal);
  const failure = commandFailure(out);
  if (failure !== null) return unknownMetered([`Connection cost not read: ${failure}`]);
  const cost = parseWindowsConnectionCost(out.stdout);
  if (cost === undefined) return unknownMetered([`Connection cost not read: ${unreadable(out)}.`]);
  if (cost === 'no-profile') return unknownMetered(['Windows has no internet connection profile; the connection cost is unknown.']);
  return { metered: cost.metered, source: 'windows-connection-cost', raw: cost.raw, notes: [] };
}

async function readLinux(run: CommandRunner, signal?: AbortSignal): Promise<MeteredFacts> {
  const bus = await run(nmMeteredDbusCommand, signal);
  const busFailure = commandFailure(bus);
  const fromBus = busFailure === null ? parseBusctlMetered(bus.stdout) : undefined;
  if (fromBus !== undefined) return { metered: fromBus.metered, source: 'networkmanager-dbus', raw: fromBus.raw, notes: [] };
  const notes = [`NetworkManager's Metered property not read: ${busFailure ?? `${unreadable(bus)}.`}`];

  // Without busctl, nmcli names each device's state; the one that matters carries the default route.
  const [dev, route] = await Promise.all([run(nmcliMeteredCommand, signal), readDefaultRoute('linux', run, signal)]);
  const devFailure = commandFailure(dev);
  if (devFailure !== null) return unknownMetered([...notes, `nmcli not read: ${devFailure}`]);
  const iface = route.route?.interface ?? null;
  if (iface === null) return unknownMetered([...notes, `No default route interface is known${route.failure ? ` (${route.failure})` : ''}; the connection cost is unknown.`]);
  const state = parseNmcliMetered(dev.stdout).get(iface);
  if (state === undefined) return unknownMetered([...notes, `nmcli does not list a metered state for ${iface}.`]);
  return { metered: state.metered, source: 'nmcli', raw: state.raw, notes };
}
