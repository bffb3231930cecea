import type { StunAddress } from '../stun/stun-message.js';

// What the mapped addresses tell about the NAT between this computer and the servers. Only what
// the answers prove: one server cannot tell how the NAT maps towards another, so that is unknown.

/** Whether a NAT sits in the path: the server saw another address or port than the socket's own. */
export type NatPresence = 'none' | 'present' | 'unknown';

/**
 * How the NAT maps (RFC 4787 terms): the same public address and port towards every server
 * (endpoint-independent, fine for calls) or a new one per destination (address-dependent,
 * "symmetric": peer-to-peer media fails and calls need a relay).
 */
export type NatMapping = 'endpoint-independent' | 'address-dependent' | 'unknown';

export function natPresence(local: { address: string | null; port: number | null }, mapped: readonly StunAddress[]): NatPresence {
  const first = mapped[0];
  if (first === undefined || local.address === null || local.port === null) return 'unknown';
  return mapped.every((m) => m.address === local.address && m.port === local.port) ? 'none' : 'present';
}

/** Needs answers from two servers at different addresses; the same socket asked both. */
export function natMapping(answers: readonly { server: string; mapped: StunAddress | null }[]): NatMapping {
  const seen = answers.filter((a): a is { server: string; mapped: StunAddress } => a.mapped !== null);
  if (new Set(seen.map((a) => a.server)).size < 2) return 'unknown';
  const first = seen[0] as { mapped: StunAddress };
  return seen.every((a) => a.mapped.address === first.mapped.address && a.mapped.port === first.mapped.port) ? 'endpoint-independent' : 'address-dependent';
}
