/** Ranges that identify no one (private, shared, loopback, documentation, benchmarking, multicast…), as [first octets, prefix length]. */
const KEPT_V4: readonly (readonly [readonly number[], number])[] = [
  [[0], 8],
  [[10], 8],
  [[100, 64], 10],
  [[127], 8],
  [[169, 254], 16],
  [[172, 16], 12],
  [[192, 0, 0], 24],
  [[192, 0, 2], 24],
  [[192, 168], 16],
  [[198, 18], 15],
  [[198, 51, 100], 24],
  [[203, 0, 113], 24],
  [[224], 3],
];

/** The four octets of a dotted quad, or undefined when it is not one (an octet above 255). */
export function ipv4Octets(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) return undefined;
  const octets = parts.map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

const toInt = (o: readonly number[]): number => (((o[0] ?? 0) << 24) | ((o[1] ?? 0) << 16) | ((o[2] ?? 0) << 8) | (o[3] ?? 0)) >>> 0;

/** Whether an IPv4 address is in a range that identifies no one (see policy.ts). */
export function isKeptIpv4(octets: readonly number[]): boolean {
  const a = toInt(octets);
  return KEPT_V4.some(([net, bits]) => {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    return ((a & mask) >>> 0) === ((toInt(net) & mask) >>> 0);
  });
}

/** A public IPv4 address cut to its network: /24 gives `a.b.c.x`, /16 gives `a.b.x.x`. */
export function shortenIpv4(octets: readonly number[], keepOctets: 2 | 3): string {
  return [...octets.slice(0, keepOctets), ...Array(4 - keepOctets).fill('x')].join('.');
}
