import { isIPv4, isIPv6 } from 'node:net';

/**
 * Who runs a system resolver, so that a DNS failure is blamed on its owner: the home router, the
 * provider, a public service, the company (its VPN), another device on the home network, or a
 * stub on this computer that forwards elsewhere (its upstreams are judged instead).
 */
export type ResolverOwner = 'router' | 'provider' | 'public' | 'company' | 'local-stub' | 'home-device' | 'unknown';

/** Widely used public resolvers; the profile's own public resolvers count too. */
const WELL_KNOWN_PUBLIC: ReadonlySet<string> = new Set([
  '1.1.1.1', '1.0.0.1', '8.8.8.8', '8.8.4.4', '9.9.9.9', '149.112.112.112', '208.67.222.222', '208.67.220.220',
  '94.140.14.14', '94.140.15.15', '76.76.2.0', '76.76.10.0', '185.228.168.9', '185.228.169.9',
  '2606:4700:4700::1111', '2606:4700:4700::1001', '2001:4860:4860::8888', '2001:4860:4860::8844', '2620:fe::fe', '2620:fe::9',
]);

export function isLoopback(address: string): boolean {
  return (isIPv4(address) && address.startsWith('127.')) || address === '::1';
}

/** RFC 1918, IPv6 unique-local and link-local: addresses only the local network (or a tunnel) reaches. */
export function isPrivate(address: string): boolean {
  if (isIPv4(address)) {
    const [a, b] = address.split('.').map(Number) as [number, number];
    return a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  if (isIPv6(address)) return /^f[cd]/i.test(address) || /^fe[89ab]/i.test(address);
  return false;
}

/** What is known about one resolver when its owner is decided. */
export interface OwnerClues {
  readonly address: string;
  /** The default route's router. */
  readonly gateway: string | null;
  /** The profile's public resolvers. */
  readonly publicResolvers: readonly string[];
  /** The resolver was set on a tunnel adapter, or the route to it goes into a tunnel. */
  readonly viaTunnel: boolean;
}

/**
 * The owner, from the clues in order of certainty. An address beyond the home network that is
 * neither public nor the company's is the one the provider handed out (DHCP or PPP), as home
 * routers and ISPs do.
 */
export function resolverOwner(c: OwnerClues): ResolverOwner {
  if (isLoopback(c.address)) return 'local-stub';
  if (c.viaTunnel) return 'company';
  if (c.address === c.gateway) return 'router';
  if (c.publicResolvers.includes(c.address) || WELL_KNOWN_PUBLIC.has(c.address.toLowerCase())) return 'public';
  if (isPrivate(c.address)) return 'home-device';
  return 'provider';
}
