import type { KeyedHash } from './keyed-hash.js';

/**
 * MAC addresses, BSSIDs and longer hardware identifiers (a DHCPv6 DUID embeds the MAC) as tools
 * print them: colon-separated (ip, iw, ifconfig, netsh; macOS drops leading zeros), hyphenated
 * (Windows) and with escaped colons (nmcli -t). Six groups are a MAC; more are an identifier.
 */
const PATTERNS: readonly RegExp[] = [
  /(?<![0-9A-Fa-f])[0-9A-Fa-f]{2}(?:\\:[0-9A-Fa-f]{2}){5,}(?![0-9A-Fa-f])/g,
  /(?<![0-9A-Fa-f])[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2}){5,}(?![0-9A-Fa-f])/g,
  /(?<![0-9A-Fa-f])[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5,}(?![0-9A-Fa-f])/g,
];

/** Identifiers that name no device and say something to a technician: all zeros, broadcast. */
const MEANINGFUL = /^(?:0+|f+)$/i;

/**
 * Replaces hardware identifiers by pseudo-identifiers of the same shape (same separator, same
 * case, so recorded output still parses on replay). A MAC keeps its vendor prefix when `keepOui`
 * (standard level: "the router is a FRITZ!Box" helps the help desk); the rest comes from a keyed
 * hash, so the same device gives the same pseudo-MAC in every bundle of this install.
 */
export function redactHardwareIds(text: string, hash: KeyedHash, keepOui: boolean, count: () => void): string {
  let out = text;
  for (const pattern of PATTERNS) {
    out = out.replace(pattern, (match) => {
      const sep = match.includes('\\:') ? '\\:' : match.includes(':') ? ':' : '-';
      const groups = match.split(sep).map((g) => g.padStart(2, '0').toLowerCase());
      const normal = groups.join('');
      if (MEANINGFUL.test(normal)) return match;
      count();
      const digest = hash(groups.length === 6 ? 'mac' : 'hwid', normal);
      const kept = groups.length === 6 && keepOui ? 3 : 0;
      const pseudo = groups.map((g, i) => (i < kept ? g : (digest[i] ?? 0).toString(16).padStart(2, '0')));
      // A whole pseudo-MAC is marked locally administered, so no vendor lookup can misread it.
      if (kept === 0 && groups.length === 6) pseudo[0] = ((parseInt(pseudo[0] ?? '0', 16) & 0xfc) | 0x02).toString(16).padStart(2, '0');
      const joined = pseudo.join(sep);
      return match === match.toUpperCase() && /[A-F]/.test(match) ? joined.toUpperCase() : joined;
    });
  }
  return out;
}
