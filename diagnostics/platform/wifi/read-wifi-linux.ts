import type { CommandRunner } from '../command.js';
import { iwDevCommand, iwLinkCommand, nmcliWifiListCommand } from './command.js';
import { commandFailure } from '../command-failure.js';
import { unreadable } from '../could-not-run.js';
import { mergeFacts } from './merge-facts.js';
import { parseIwDev } from './parse-iw-dev.js';
import { parseIwLink } from './parse-iw-link.js';
import { parseNmcliWifiList } from './parse-nmcli.js';
import { emptyFacts, type WifiReading } from './types.js';

/** The note when the only dBm figure is NetworkManager's percentage converted back. */
export const NMCLI_DBM_NOTE = "Signal in dBm estimated from NetworkManager's percentage.";

/**
 * Linux: `iw dev` finds the wireless interface, `iw dev IF link` gives signal in dBm and the
 * rates, nmcli gives security and the neighbours. Either tool alone still gives an answer.
 */
export async function readWifiLinux(run: CommandRunner, signal?: AbortSignal): Promise<WifiReading> {
  const notes: string[] = [];
  const devOut = await run(iwDevCommand, signal);
  const devFailure = commandFailure(devOut, { exitCodeFails: false });
  if (devFailure !== null) notes.push(devFailure);
  const interfaces = devFailure === null ? parseIwDev(devOut.stdout) : [];
  const iface = interfaces.find((i) => i.type === 'managed') ?? interfaces[0];

  const nmOut = await run(nmcliWifiListCommand, signal);
  const nmFailure = commandFailure(nmOut, { exitCodeFails: false });
  if (nmFailure !== null) notes.push(nmFailure);
  else if (nmOut.exitCode !== 0 && nmOut.stderr.trim() !== '') notes.push(`nmcli: ${nmOut.stderr.trim().split('\n')[0]!}`);
  const nm = nmFailure === null ? parseNmcliWifiList(nmOut.stdout) : { facts: emptyFacts('unknown'), neighbours: [] };
  // Output that ran to its end yet holds no row of nmcli's listing (garbage, prose) is noted: its
  // security and neighbours are then unknown, not absent.
  const nmUnreadable = nmFailure === null && nmOut.exitCode === 0 && nmOut.stdout.trim() !== '' && nm.facts.state === 'unknown' && nm.neighbours.length === 0;
  if (nmUnreadable) notes.push(`${unreadable(nmOut)}.`);

  if (!iface) {
    // "No wireless interface" only when iw said nothing beyond radio headers: output it could not
    // read (garbage from a broken iw) is no answer, and must not read as "no Wi-Fi adapter".
    const iwSawNone = devFailure === null && devOut.exitCode === 0 && devOut.stdout.replace(/^\s*phy#\d+\s*$/gm, '').trim() === '';
    if (iwSawNone && nm.facts.state === 'unknown') {
      return { facts: emptyFacts('no-adapter', ['iw lists no wireless interface.', ...notes]), neighbours: [] };
    }
    const facts = nm.facts.state === 'unknown' ? { ...nm.facts, notes: [] } : nm.facts;
    const dbmNote = facts.signalDbm !== null ? [NMCLI_DBM_NOTE] : [];
    return { facts: { ...facts, notes: [...facts.notes, ...dbmNote, ...notes] }, neighbours: nm.neighbours };
  }

  const linkSpec = iwLinkCommand(iface.name);
  const linkOut = linkSpec ? await run(linkSpec, signal) : null;
  const linkFailure = linkOut ? commandFailure(linkOut, { exitCodeFails: false }) : `Interface name "${iface.name}" was not passed to iw.`;
  if (linkFailure !== null) notes.push(linkFailure);
  const link = linkOut && linkFailure === null ? parseIwLink(`${linkOut.stdout}\n${linkOut.stderr}`) : emptyFacts('unknown');
  const fromDev = {
    ...emptyFacts(iface.ssid !== null ? 'connected' : 'unknown'),
    interface: iface.name,
    ssid: iface.ssid,
    channel: iface.channel,
    band: iface.band,
    channelWidthMhz: iface.channelWidthMhz,
  };
  if (link.state === 'disconnected') {
    return { facts: { ...link, interface: iface.name, notes: [...link.notes, ...notes] }, neighbours: nm.neighbours };
  }
  // iw measures; nmcli's percentage is only a fallback, and only for the same access point.
  let facts = mergeFacts(link, fromDev);
  const sameAp = facts.bssid === null || nm.facts.bssid === null || facts.bssid === nm.facts.bssid;
  if (sameAp) facts = mergeFacts(facts, { ...nm.facts, notes: [] });
  if (facts.state === 'connected' && link.signalDbm === null && facts.signalDbm !== null) notes.push(NMCLI_DBM_NOTE);
  return { facts: { ...facts, notes: [...facts.notes, ...notes] }, neighbours: nm.neighbours };
}
