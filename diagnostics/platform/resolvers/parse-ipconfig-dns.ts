import { normaliseConsoleSpaces, repairLatin1Reading } from '../console-text/decode.js';
import { ipFamily } from '../route-lookup/ip-literal.js';
import { adapterName as ipconfigAdapterName } from '../vpn/parse-ipconfig.js';
import { listingOf, type ResolverListing, type SystemResolver } from './types.js';

// `ipconfig /all` is localized ("DNS Servers", "DNS-Server", "DNS-servrar") and arrives decoded as
// latin1 from an OEM code page, so accented letters are garbled. It is read by structure instead:
// - an adapter header starts in column 0 and ends with a colon; its name follows "adapter",
//   "Adapter" or "-kort"/"nätverkskort" (the "Windows IP Configuration" title has no colon);
// - a key line is indented, "Key . . . . : value" (German sometimes "Key: value");
// - the DNS line is the one whose key contains "DNS" and whose value is an address ("DNS" is not
//   translated; the suffix lines with "DNS" hold names, not addresses);
// - further servers follow on deeper-indented lines that hold a bare address and no key.

// Windows lists these deprecated site-local addresses on adapters without IPv6 DNS; nothing
// answers there, so they would only add timeouts.
const WINDOWS_PLACEHOLDERS: ReadonlySet<string> = new Set(['fec0:0:0:ffff::1', 'fec0:0:0:ffff::2', 'fec0:0:0:ffff::3']);

/** "192.0.2.1", "fe80::1%12(Preferred)", "2001:db8::53" → the bare address, or null. */
function addressOf(text: string): string | null {
  const bare = text.replace(/\(.*$/, '').replace(/%.*$/, '').trim();
  return ipFamily(bare) === 0 ? null : bare;
}

/**
 * "   DNS Servers . . . : 192.0.2.1" → key and value. The key has no colon; a space or the line's
 * end follows the colon, so an IPv6 continuation line (first colon before a hex digit) is no key
 * line. Index arithmetic, not a regex: dot leaders make a regex backtrack badly on long garbage.
 */
function keyValue(line: string): { key: string; value: string } | null {
  const colon = line.indexOf(':');
  if (colon < 0) return null;
  const after = line.charAt(colon + 1);
  if (after !== '' && after !== ' ' && after !== '\t') return null;
  let end = colon;
  while (end > 0 && /[\s.]/.test(line.charAt(end - 1))) end--;
  return { key: line.slice(0, end).trim(), value: line.slice(colon + 1).trim() };
}

/** The adapter's name from its header line: "Wireless LAN adapter Wi-Fi:" → "Wi-Fi", in any language. */
function adapterName(header: string): string {
  return ipconfigAdapterName(header.slice(0, -1).trim());
}

/** The DNS servers of `ipconfig /all` per adapter, in English, German, Swedish and alike. Never throws. */
export function parseIpconfigDns(stdout: string): SystemResolver[] {
  const out: SystemResolver[] = [];
  let adapter: string | null = null;
  let inDnsList = false;
  const add = (address: string | null): void => {
    if (adapter === null || address === null || WINDOWS_PLACEHOLDERS.has(address.toLowerCase())) return;
    out.push({ address, scope: 'unknown', interface: adapter });
  };
  for (const raw of normaliseConsoleSpaces(repairLatin1Reading(stdout)).split(/\r?\n|\r/)) {
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      adapter = line.endsWith(':') ? adapterName(line) : null;
      inDnsList = false;
      continue;
    }
    if (inDnsList) {
      const more = addressOf(line);
      if (more !== null) {
        add(more);
        continue;
      }
    }
    const kv = keyValue(line);
    const first = kv === null ? null : addressOf(kv.value);
    inDnsList = kv !== null && /dns/i.test(kv.key) && first !== null;
    if (inDnsList) add(first);
  }
  return out;
}

/**
 * True when the text has ipconfig's shape in any language: a title or adapter line in column 0
 * and indented "Key . . . . : value" lines whose key is followed by dot leaders. Garbage, prose or
 * another program's output has no dot-leader key lines, so its lack of DNS lines says nothing.
 */
export function ipconfigShowsStructure(stdout: string): boolean {
  let header = false;
  let leaderKeys = 0;
  for (const raw of normaliseConsoleSpaces(repairLatin1Reading(stdout)).split(/\r?\n|\r/)) {
    const line = raw.trimEnd();
    if (line.trim() === '') continue;
    if (!/^\s/.test(line)) {
      header = true;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0 && keyValue(line) !== null && /\.\s*\.\s*$/.test(line.slice(0, colon).slice(-12))) leaderKeys++;
  }
  return header && leaderKeys > 0;
}

/** `ipconfig /all` as a listing: its DNS servers, none for sure (its shape without any), or unreadable. Never throws. */
export function ipconfigListing(stdout: string): ResolverListing {
  const servers = parseIpconfigDns(stdout);
  return listingOf(servers, servers.length === 0 && ipconfigShowsStructure(stdout));
}
