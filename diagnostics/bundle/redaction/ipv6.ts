import { isIPv6 } from 'node:net';
import { ipv4Octets, isKeptIpv4, shortenIpv4 } from './ipv4.js';

/** The eight 16-bit groups of a valid IPv6 address (an embedded IPv4 tail becomes two groups). */
export function ipv6Groups(address: string): number[] | undefined {
  if (!isIPv6(address)) return undefined;
  let text = address.toLowerCase();
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4?.[1]) {
    const o = ipv4Octets(v4[1]);
    if (!o) return undefined;
    text = `${text.slice(0, v4.index)}${((o[0]! << 8) | o[1]!).toString(16)}:${((o[2]! << 8) | o[3]!).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const h = parse(head);
  const t = tail === undefined ? [] : parse(tail);
  return tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill(0), ...t];
}

const hex = (groups: readonly number[]): string => groups.map((g) => g.toString(16)).join(':');

/**
 * What an IPv6 address becomes in a bundle: unchanged when it identifies no one, cut to its /48
 * (or /32) when public or unique-local, `fe80::x` when link-local with an interface identifier
 * that may embed the MAC. `undefined` means "not an IPv6 address, leave it".
 */
export function redactIpv6(address: string, prefixGroups: 2 | 3, v4KeepOctets: 2 | 3): string | undefined {
  const g = ipv6Groups(address);
  if (!g) return undefined;
  const [g0 = 0, g1 = 0] = g;
  const allZeroBefore = (n: number): boolean => g.slice(0, n).every((x) => x === 0);
  if (allZeroBefore(7) && (g[7] ?? 0) <= 1) return address; // :: and ::1
  if (allZeroBefore(5) && g[5] === 0xffff) {
    // ::ffff:a.b.c.d — an IPv4 address in IPv6 clothing follows the IPv4 rules.
    const o = [(g[6] ?? 0) >> 8, (g[6] ?? 0) & 255, (g[7] ?? 0) >> 8, (g[7] ?? 0) & 255];
    return isKeptIpv4(o) ? address : `::ffff:${shortenIpv4(o, v4KeepOctets)}`;
  }
  if ((g0 & 0xff00) === 0xff00) return address; // multicast
  if (g0 === 0x2001 && g1 === 0xdb8) return address; // documentation
  if ((g0 & 0xffc0) === 0xfe80) return g.slice(1, 7).every((x) => x === 0) ? address : 'fe80::x';
  return `${hex(g.slice(0, prefixGroups))}::x`;
}
