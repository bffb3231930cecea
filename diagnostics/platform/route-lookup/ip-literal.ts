// Pure (no node:net) so parsers and command builders can use it without touching Node built-ins.

const V4_OCTET = /^(?:0|[1-9]\d{0,2})$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** True for a dotted-quad IPv4 literal as Node's `net.isIPv4` accepts it (no leading zeros). */
export function isIpv4Literal(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => V4_OCTET.test(p) && Number(p) <= 255);
}

/** True for an IPv6 literal without a zone (`%eth0`): zones never name a company host. */
export function isIpv6Literal(text: string): boolean {
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groupsOf = (half: string): string[] | null => (half === '' ? [] : half.split(':'));
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (head === null || tail === null) return false;
  const all = [...head, ...tail];
  // An embedded IPv4 address (::ffff:192.0.2.1) may only stand last and counts as two groups.
  let groups = all.length;
  const last = all[all.length - 1];
  if (last !== undefined && last.includes('.')) {
    if (!isIpv4Literal(last)) return false;
    all.pop();
    groups += 1;
  }
  if (!all.every((g) => HEX_GROUP.test(g))) return false;
  return halves.length === 2 ? groups <= 7 : groups === 8;
}

/** 4 or 6 when `text` is exactly an IP literal of that family, 0 otherwise. */
export function ipFamily(text: string): 0 | 4 | 6 {
  if (isIpv4Literal(text)) return 4;
  if (isIpv6Literal(text)) return 6;
  return 0;
}
