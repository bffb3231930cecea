/**
 * How much a diagnostic bundle is redacted before it leaves the machine. Policy (IT's managed
 * settings) or the user picks it; the bundle's manifest records what was applied.
 *
 * - `standard` (default): MAC addresses and BSSIDs keep their vendor prefix (OUI: "a FRITZ!Box")
 *   and have the device part replaced by a keyed hash; public IPv4 addresses are cut to their /24
 *   (`a.b.c.x`), public IPv6 to their /48; user name, host name and home folder are masked.
 * - `strict`: as standard, but MACs are hashed whole, public IPv4 is cut to /16 and IPv6 to /32,
 *   and SSIDs are always hashed.
 * - `off`: nothing is changed (a help desk's own lab, or a user who chooses to).
 *
 * Addresses that identify no one stay readable in every level, because the help desk needs them
 * and they reveal nothing: private (RFC 1918), carrier-grade NAT, loopback, link-local IPv4,
 * multicast, the documentation and benchmarking ranges (RFC 5737, RFC 2544, 2001:db8::/32) that the
 * fault lab uses. A link-local IPv6 address loses its interface identifier, which often embeds
 * the MAC (EUI-64); a unique-local IPv6 prefix is random per home and so treated like a public one.
 */
export type RedactionLevel = 'standard' | 'strict' | 'off';

/** What a policy decides about redaction. */
export interface RedactionOptions {
  readonly level: RedactionLevel;
  /**
   * Network names: kept (the help desk sees "Guest" vs "Office") or hashed. Hashing is the
   * default because a home SSID often carries a family name; `strict` always hashes.
   */
  readonly ssid: 'keep' | 'hash';
}

/** Redaction when no policy says otherwise: on, and private by default. */
export const DEFAULT_REDACTION: RedactionOptions = { level: 'standard', ssid: 'hash' };

/** Whether SSIDs are hashed under these options. */
export function hashesSsids(o: RedactionOptions): boolean {
  return o.level === 'strict' || (o.level === 'standard' && o.ssid === 'hash');
}
