import { CONNECTED_WORDS, DISCONNECTED_WORDS, means } from '../console-text/meanings.js';
import { isSecurityText, labelledLines, securityOf, type LabelledLine } from './netsh-lines.js';
import { NETSH_MESSAGE_NOTES, netshMessage } from './netsh-messages.js';
import { bandFromChannel, normaliseMac, normalisePhyMode, parseBand, parseNumber, windowsPercentToDbm } from './radio.js';
import { emptyFacts, type WifiFacts, type WifiState } from './types.js';
import { repairWindowsText } from './windows-text.js';

// Known to read (test/fixtures/real/netsh-interfaces): Windows 10/11 (incl. the 24H2 layout with
// Band and Channel before Network type) in English, German, French, Spanish, Italian; written
// fixtures add Swedish and the location-denied messages.

const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i;
const PERCENT = /^(\d{1,3})\s*%$/;
const INTEGER = /^\d{1,3}$/;
const RADIO = /^802\.11\s*[a-z]{1,2}$/i;

// Labels only help: the value shapes and the line order below decide when a label is unknown.
const NAME = /^(name|namn|nom|nombre|nome|naam|nazwa|navn|nimi)$/i;
const STATE = /^(state|status|tillst.{1,4}nd|.tat|estado|stato|stan|tila|tilstand)$/i;
const CHANNEL = /^(channel|kanal|canal|canale|kanaal|kanava)$/i;
const AUTH = /^(authentication|authentifizierung|autentisering|authentification|autenticaci.{1,2}n|autenticazione|verificatie|autentica..o|uwierzytelnianie|godkendelse|todennus)$/i;
const RX = /receive|empfang|mottag|r.ception|recepci|ricezione|ontvang|recep..o|odbi|modtag|vastaanot/i;
const TX = /transmit|bertrag|verf.{1,4}ring|s.{1,4}ndning|transmission|transmisi|trasmissione|verzend|transmiss.o|wysy|afsend|overf|l.hetys/i;

/**
 * Reads `netsh wlan show interfaces` in any display language by structure: an interface block
 * is the Name and Description lines before a GUID, the BSSID is the second MAC address of the
 * block, signal is the `NN%` value, rates are the values whose label carries a unit in brackets.
 */
export function parseNetshInterfaces(stdout: string): WifiFacts {
  const lines = labelledLines(stdout);
  const blocks = interfaceBlocks(lines);
  const message = netshMessage(stdout);
  const extra = message !== null && message !== 'no-adapter' ? [NETSH_MESSAGE_NOTES[message]] : [];
  if (blocks.length === 0) {
    if (message === 'no-adapter') return emptyFacts('no-adapter', [NETSH_MESSAGE_NOTES['no-adapter']]);
    return emptyFacts('unknown', extra.length > 0 ? extra : ['netsh printed no interface details that could be read.']);
  }
  const read = blocks.map(readBlock);
  const chosen = read.find((f) => f.state === 'connected') ?? read[0]!;
  const notes = [...chosen.notes, ...extra];
  if (read.length > 1) notes.push(`${read.length} wireless interfaces; reading ${chosen.interface ?? 'the first'}.`);
  return { ...chosen, notes };
}

/** Cuts the lines into one run per interface; without any GUID the whole output is one run. */
function interfaceBlocks(lines: readonly LabelledLine[]): LabelledLine[][] {
  const starts = lines.flatMap((l, i) => (GUID.test(l.value) ? [Math.max(0, i - 2)] : []));
  if (starts.length === 0) {
    const hasData = lines.some((l) => normaliseMac(l.value) !== null || PERCENT.test(l.value) || /^ssid$/i.test(l.label));
    return hasData ? [[...lines]] : [];
  }
  return starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length));
}

function readBlock(block: readonly LabelledLine[]): WifiFacts {
  const notes: string[] = [];
  const macAt = block.flatMap((l, i) => (normaliseMac(l.value) !== null ? [i] : []));
  const labelledBssid = block.findIndex((l) => /bssid/i.test(l.label) && normaliseMac(l.value) !== null);
  // The adapter's own address comes first; the access point's is the next one.
  const bssidAt = labelledBssid >= 0 ? labelledBssid : macAt.length >= 2 ? macAt[1]! : -1;
  const ssidLine =
    block.find((l) => /^ssid$/i.test(l.label)) ??
    (bssidAt > 0 && normaliseMac(block[bssidAt - 1]!.value) === null ? block[bssidAt - 1] : undefined);

  const hasGuid = block.some((l) => GUID.test(l.value));
  const nameLine = block.find((l) => NAME.test(l.label)) ?? (hasGuid ? block[0] : undefined);

  const percentLine = block.find((l) => PERCENT.test(l.value));
  const signalPercent = percentLine ? Math.min(100, Number(PERCENT.exec(percentLine.value)![1])) : null;

  const radioAt = block.findIndex((l) => RADIO.test(l.value));
  const bandLine = block.find((l) => parseBand(l.value) !== null);
  const band = bandLine ? parseBand(bandLine.value) : null;

  const channel = readChannel(block, bssidAt);
  const rates = block.filter((l) => l.label.includes('(') && parseNumber(l.value) !== null);
  const rx = rates.find((l) => RX.test(l.label)) ?? rates[0];
  const tx = rates.find((l) => TX.test(l.label)) ?? rates[1];

  // The authentication line follows the radio type and the cipher line follows it, in every
  // layout Windows has printed; a label the tables know wins.
  const authAt = Math.max(block.findIndex((l) => AUTH.test(l.label)), -1);
  const authIndex = authAt >= 0 ? authAt : radioAt >= 0 && radioAt + 1 < block.length ? radioAt + 1 : -1;
  const authLine = authIndex >= 0 ? block[authIndex] : undefined;
  const cipherLine = authIndex >= 0 ? block[authIndex + 1] : undefined;
  const security = authLine && (isSecurityText(authLine.value) || cipherLine) ? securityOf(authLine.value, cipherLine?.value ?? null) : null;

  const ssid = ssidLine && ssidLine.value !== '' ? repairWindowsText(ssidLine.value) : null;
  const bssid = bssidAt >= 0 ? normaliseMac(block[bssidAt]!.value) : null;
  const state = readState(block, macAt, bssid !== null || ssid !== null, hasGuid, notes);

  const linked = state === 'connected';
  return {
    ...emptyFacts(state),
    interface: nameLine && nameLine.value !== '' ? repairWindowsText(nameLine.value) : null,
    ssid: linked ? ssid : null,
    bssid: linked ? bssid : null,
    signalPercent: linked ? signalPercent : null,
    signalDbm: linked && signalPercent !== null ? windowsPercentToDbm(signalPercent) : null,
    channel: linked ? channel : null,
    band: linked ? (band ?? (channel !== null ? bandFromChannel(channel) : null)) : null,
    phyMode: linked && radioAt >= 0 ? normalisePhyMode(block[radioAt]!.value) : null,
    rxRateMbps: linked && rx ? parseNumber(rx.value) : null,
    txRateMbps: linked && tx && tx !== rx ? parseNumber(tx.value) : null,
    security: linked ? security : null,
    notes,
  };
}

/** The labelled channel line, else the first small whole number after the BSSID (old and new layouts). */
function readChannel(block: readonly LabelledLine[], bssidAt: number): number | null {
  const labelled = block.find((l) => CHANNEL.test(l.label) && INTEGER.test(l.value));
  const line = labelled ?? block.slice(Math.max(0, bssidAt)).find((l) => !l.label.includes('(') && INTEGER.test(l.value));
  if (!line) return null;
  const n = Number(line.value);
  return n >= 1 && n <= 233 ? n : null;
}

function readState(
  block: readonly LabelledLine[],
  macAt: readonly number[],
  hasLink: boolean,
  hasGuid: boolean,
  notes: string[],
): WifiState {
  // Labelled line first; else the word after the adapter's address (or after "Interface type").
  const afterMac = macAt.length > 0 ? [block[macAt[0]! + 1], block[macAt[0]! + 2]] : [];
  const candidates = [block.find((l) => STATE.test(l.label)), ...afterMac];
  for (const line of candidates) {
    if (!line) continue;
    if (means(CONNECTED_WORDS, line.value)) return 'connected';
    if (means(DISCONNECTED_WORDS, line.value)) return 'disconnected';
  }
  if (hasLink) return 'connected';
  if (hasGuid) {
    const word = candidates.find((l) => l !== undefined && /^[\p{L} -]{3,30}$/u.test(l.value));
    if (word) notes.push(`Windows reports the interface state as "${word.value}".`);
    return 'disconnected';
  }
  return 'unknown';
}
