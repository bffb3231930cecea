import { isSecurityText, labelledLines, securityOf, type LabelledLine } from './netsh-lines.js';
import { bandFromChannel, normaliseMac, parseBand, windowsPercentToDbm } from './radio.js';
import type { WifiNeighbour } from './types.js';
import { repairWindowsText } from './windows-text.js';

// Known to read (test/fixtures/real/netsh-networks): Windows 10/11 in English, German, French
// (no-break spaces before colons), Spanish, Italian; written fixtures add Swedish.

const SSID_HEADER = /^SSID\s+\d+$/i;
const BSSID_HEADER = /^BSSID\s+\d+$/i;
const PERCENT = /^(\d{1,3})\s*%$/;
const INTEGER = /^\d{1,3}$/;
const CHANNEL = /^(channel|kanal|canal|canale|kanaal|kanava)$/i;
const AUTH = /^(authentication|authentifizierung|autentisering|authentification|autenticaci.{1,2}n|autenticazione|verificatie|autentica..o|uwierzytelnianie|godkendelse|todennus)$/i;

/**
 * Reads `netsh wlan show networks mode=bssid`: "SSID n" and "BSSID n" are not translated in any
 * language, so they mark the blocks; inside a BSSID block the `NN%` value is the signal, the
 * band-shaped value the band, and the first small whole number the channel (before Bss Load).
 */
export function parseNetshNetworks(stdout: string): WifiNeighbour[] {
  const lines = labelledLines(stdout);
  const neighbours: WifiNeighbour[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!SSID_HEADER.test(lines[i]!.label)) {
      i++;
      continue;
    }
    const end = nextIndex(lines, i + 1, (l) => SSID_HEADER.test(l.label));
    neighbours.push(...readNetwork(lines.slice(i, end)));
    i = end;
  }
  return neighbours;
}

function readNetwork(block: readonly LabelledLine[]): WifiNeighbour[] {
  const ssid = block[0]!.value === '' ? null : repairWindowsText(block[0]!.value);
  const isBssid = (l: LabelledLine): boolean => BSSID_HEADER.test(l.label) || normaliseMac(l.value) !== null;
  const firstBssid = nextIndex(block, 1, isBssid);
  const head = block.slice(1, firstBssid);
  // "Network type", "Authentication", "Encryption" in that order in every language: the
  // authentication is the labelled line, else the one whose value names a scheme, else the second.
  const labelled = head.findIndex((l) => AUTH.test(l.label));
  const named = head.findIndex((l) => isSecurityText(l.value));
  const authAt = labelled >= 0 ? labelled : named >= 0 ? named : head.length === 3 ? 1 : -1;
  const security = authAt >= 0 ? securityOf(head[authAt]!.value, head[authAt + 1]?.value ?? null) : null;

  const out: WifiNeighbour[] = [];
  let j = firstBssid;
  while (j < block.length) {
    const end = nextIndex(block, j + 1, isBssid);
    out.push(readBssid(ssid, security, block.slice(j, end)));
    j = end;
  }
  return out;
}

function readBssid(ssid: string | null, security: string | null, block: readonly LabelledLine[]): WifiNeighbour {
  const percentLine = block.find((l) => PERCENT.test(l.value));
  const signalPercent = percentLine ? Math.min(100, Number(PERCENT.exec(percentLine.value)![1])) : null;
  const bandLine = block.find((l) => parseBand(l.value) !== null);
  // "Bss Load:" opens a sub-list whose "Connected Stations" is a whole number too.
  const loadAt = nextIndex(block, 1, (l) => l.value === '');
  const channelLine =
    block.find((l) => CHANNEL.test(l.label) && INTEGER.test(l.value)) ??
    block.slice(1, loadAt).find((l) => !l.label.includes('(') && INTEGER.test(l.value));
  const rawChannel = channelLine ? Number(channelLine.value) : null;
  const channel = rawChannel !== null && rawChannel >= 1 && rawChannel <= 233 ? rawChannel : null;
  const band = bandLine ? parseBand(bandLine.value) : channel !== null ? bandFromChannel(channel) : null;
  return {
    ssid,
    bssid: normaliseMac(block[0]!.value),
    signalPercent,
    signalDbm: signalPercent !== null ? windowsPercentToDbm(signalPercent) : null,
    channel,
    band,
    security,
  };
}

function nextIndex(lines: readonly LabelledLine[], from: number, test: (l: LabelledLine) => boolean): number {
  for (let k = from; k < lines.length; k++) if (test(lines[k]!)) return k;
  return lines.length;
}
