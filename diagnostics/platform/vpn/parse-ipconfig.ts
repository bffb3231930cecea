import { normaliseConsoleSpaces, repairLatin1Reading } from '../console-text/decode.js';
import { ADAPTER_HEADER_PREFIXES, foldWord, MEDIA_DISCONNECTED_WORDS, means } from '../console-text/meanings.js';
import { ipFamily } from '../route-lookup/ip-literal.js';

// Known to read (test/fixtures/real/ipconfig and the written fixtures beside the VPN tests):
// Windows XP-era "IP Address" keys, Windows 10/11 in English, German, Swedish and French.

/** One adapter block of `ipconfig /all`, read by structure in any display language. */
export interface IpconfigAdapter {
  /** The header without its colon: "Ethernet adapter Ethernet 3", "PPP-Adapter Corp VPN"… */
  readonly header: string;
  /** The adapter's name: what follows "adapter"/"Adapter"/"kort" in the header. */
  readonly name: string;
  /** PPP adapters are the built-in (RAS) VPN connections; "PPP" is not translated. */
  readonly ppp: boolean;
  readonly description: string | null;
  readonly mediaDisconnected: boolean;
  readonly addresses: readonly string[];
}

// The runner decodes the console's OEM code page as latin1; the whole text is decoded again
// (any code page) before reading, so the tables below compare real words.
const DESCRIPTION_KEY = /^(description|beschreibung|beskrivning|descripci.n|descrizione|beschrijving|descri..o|opis|beskrivelse|kuvaus)$/i;
// An address key holds the token IP, IPv4 or IPv6 in every language ("IP Address" on XP,
// "IPv4-Adresse", "Adresse IPv4", "Dirección IPv6 temporal"); gateway, DNS, DHCP and WINS keys do not.
const ADDRESS_KEY = /(?:^|[\s(-])IP(?:v[46])?(?=$|[\s).-])/i;
const HEADER_WORD = /(?:adapter|kort)\s/i;
// Key lines are indented by three spaces; wrapped values (extra DNS servers) by about forty.
const KEY_LINE = /^[ \t]{1,8}\S/;

/** Reads every adapter block of `ipconfig /all` (English, German, Swedish and alike). Never throws. */
export function parseIpconfigAll(stdout: string): readonly IpconfigAdapter[] {
  const adapters: IpconfigAdapter[] = [];
  let current: { header: string; description: string | null; media: boolean; addresses: string[]; keys: number } | null = null;
  const flush = (): void => {
    if (current === null) return;
    const name = adapterName(current.header);
    adapters.push({
      header: current.header,
      name,
      ppp: /^PPP\b/i.test(current.header),
      description: current.description,
      mediaDisconnected: current.media,
      addresses: current.addresses,
    });
  };
  for (const raw of normaliseConsoleSpaces(repairLatin1Reading(stdout)).split(/\r?\n|\r/)) {
    const line = raw.trimEnd();
    if (line === '') continue;
    if (!/^\s/.test(line)) {
      // A header ends with a colon; the "Windows IP Configuration" title does not.
      flush();
      current = line.endsWith(':') ? { header: line.slice(0, -1).trim(), description: null, media: false, addresses: [], keys: 0 } : null;
      continue;
    }
    if (current === null || !KEY_LINE.test(line)) continue;
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = withoutLeaders(line.slice(0, colon));
    const value = line.slice(colon + 1).trim();
    const first = current.keys++ === 0;
    if (DESCRIPTION_KEY.test(key)) current.description = value === '' ? null : value;
    else if (first && isMediaDisconnected(key, value)) current.media = true;
    else if (ADDRESS_KEY.test(key)) {
      const address = addressOf(value);
      if (address !== null) current.addresses.push(address);
    }
  }
  flush();
  return adapters;
}

/**
 * The media state line is the first of its block and only printed when the medium is out; its
 * value repeats a word of its key in every language ("Media State : Media disconnected",
 * "Statut du média : Média déconnecté", "Stan nośnika : Nośnik odłączony"). The table of
 * values backs this up.
 */
function isMediaDisconnected(key: string, value: string): boolean {
  if (means(MEDIA_DISCONNECTED_WORDS, value)) return true;
  const valueWords = foldWord(value).split(' ');
  if (valueWords.length < 2 || ipFamily(value.trim()) !== 0) return false;
  const stem = valueWords[0]!.slice(0, 4);
  return stem.length === 4 && foldWord(key).split(' ').some((w) => w.startsWith(stem));
}

/** The adapter's name: the header (without its colon) less the adapter-type words of its language. */
export function adapterName(header: string): string {
  const folded = foldWord(header);
  const prefix = ADAPTER_HEADER_PREFIXES.find((p) => folded.startsWith(`${p} `));
  if (prefix !== undefined) {
    const name = cutWords(header.trim(), prefix);
    if (name !== '') return name;
  }
  const word = HEADER_WORD.exec(header);
  return (word ? header.slice(word.index + word[0].length).trim() : '') || header;
}

/** The header after the words that fold to `prefix` ("Carte réseau sans fil Wi-Fi" → "Wi-Fi"). */
function cutWords(header: string, prefix: string): string {
  for (let i = 1; i <= header.length; i++) {
    if (!/\s/.test(header[i] ?? ' ')) continue;
    if (foldWord(header.slice(0, i)) === prefix) return header.slice(i).trim();
  }
  return '';
}

// "198.18.12.34(Preferred)", "fe80::8d4c:1e2a:5b3f:9a10%23(Bevorzugt)" -> the bare address.
function addressOf(value: string): string | null {
  const bare = cutAt(cutAt(value, '('), '%').trim();
  return ipFamily(bare) === 0 ? null : bare;
}

function cutAt(text: string, mark: string): string {
  const i = text.indexOf(mark);
  return i < 0 ? text : text.slice(0, i);
}

// "Description . . . . . . . " -> "Description". A loop, not /[\s.]+$/, which backtracks badly
// on long garbage lines.
function withoutLeaders(key: string): string {
  let end = key.length;
  while (end > 0 && /[\s.]/.test(key.charAt(end - 1))) end--;
  return key.slice(0, end).trim();
}
