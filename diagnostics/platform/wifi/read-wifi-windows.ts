import type { CommandRunner } from '../command.js';
import { netshInterfacesCommand, netshNetworksCommand } from './command.js';
import { commandFailure } from '../command-failure.js';
import { parseNetshInterfaces } from './parse-netsh-interfaces.js';
import { NETSH_MESSAGE_NOTES, netshMessage } from './netsh-messages.js';
import { parseNetshNetworks } from './parse-netsh-networks.js';
import { emptyFacts, type WifiReading } from './types.js';

/** Windows: the link from `netsh wlan show interfaces`, the neighbours from `show networks`. */
export async function readWifiWindows(run: CommandRunner, signal?: AbortSignal): Promise<WifiReading> {
  const out = await run(netshInterfacesCommand, signal);
  const failure = commandFailure(out, { exitCodeFails: false });
  if (failure !== null) return { facts: emptyFacts('unknown', [failure]), neighbours: [] };
  // netsh writes its refusals (no adapter, location permission) to stdout; stderr is a fallback.
  const facts = parseNetshInterfaces(out.stdout.trim() !== '' ? out.stdout : out.stderr);
  if (facts.state === 'no-adapter' || facts.state === 'unknown') return { facts, neighbours: [] };
  const scan = await run(netshNetworksCommand, signal);
  const scanFailure = commandFailure(scan, { exitCodeFails: false });
  const neighbours = scanFailure === null ? parseNetshNetworks(scan.stdout) : [];
  // A refused scan (location permission) lists nothing: the note keeps that from reading as empty air.
  const refusal = scanFailure === null ? netshMessage(scan.stdout) : null;
  const extra = scanFailure ?? (refusal === null ? null : NETSH_MESSAGE_NOTES[refusal]);
  return { facts: extra === null ? facts : { ...facts, notes: [...facts.notes, extra] }, neighbours };
}
