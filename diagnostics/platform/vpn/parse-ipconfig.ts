import { ipFamily } from '../route-lookup/ip-literal.js';

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

// The runner decodes the console's OEM code page as latin1, so accented letters arrive as other
// characters: every pattern here avoids them ("Medietillst?nd", "fr?nkopplat").
const DESCRIPTION_KEY = /^(description|beschreibung|beskrivning)$/i;
const MEDIA_KEY = /^medi/i; // Media State, Medienstatus, Medietillst?nd
const MEDIA_DISCONNECTED = /media disconnected|medium getrennt|mediet fr.{1,3}nkopplat/i;
// IPv4 Address, Link-local IPv6 Address, IPv4-Adresse, Tempor?re IPv6-Adresse, IPv6-adress…
const ADDRESS_KEY = /ipv[46]/i;
const ADDRESS_WORD = /addr|adr/i;
const HEADER_WORD = /(?:adapter|kort)\s/i;
// Key lines are indented by three spaces; wrapped values (extra DNS servers) by about forty.
const KEY_LINE = /^[ \t]{1,8}\S/;

/** Reads every adapter block of `ipconfig /all` (English, German, Swedish and alike). Never throws. */
export function parseIpconfigAll(stdout: string): readonly IpconfigAdapter[] {
  const adapters: IpconfigAdapter[] = [];
  let current: { header: string; description: string | null; media: boolean; addresses: string[] } | null = null;
  const flush = (): void => {
    if (current === null) return;
    const word = HEADER_WORD.exec(current.header);
    const name = (word ? current.header.slice(word.index + word[0].length).trim() : '') || current.header;
    adapters.push({
      header: current.header,
      name,
      ppp: /^PPP\b/i.test(current.header),
      description: current.description,
      mediaDisconnected: current.media,
      addresses: current.addresses,
    });
  };
  for (const raw of stdout.split(/\r?\n|\r/)) {
    const line = raw.trimEnd();
    if (line === '') continue;
    if (!/^\s/.test(line)) {
      // A header ends with a colon; the "Windows IP Configuration" title does not.
      flush();
      current = line.endsWith(':') ? { header: line.slice(0, -1).trim(), description: null, media: false, addresses: [] } : null;
      continue;
    }
    if (current === null || !KEY_LINE.test(line)) continue;
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = withoutLeaders(line.slice(0, colon));
    const value = line.slice(colon + 1).trim();
    if (DESCRIPTION_KEY.test(key)) current.description = value === '' ? null : value;
    else if (MEDIA_KEY.test(key) && MEDIA_DISCONNECTED.test(value)) current.media = true;
    else if (ADDRESS_KEY.test(key) && ADDRESS_WORD.test(key)) {
      const address = addressOf(value);
      if (address !== null) current.addresses.push(address);
    }
  }
  flush();
  return adapters;
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
