/** Where the route to one address goes: the interface, the next hop and the source address. */
export interface RouteLookup {
  /** The interface name (Linux/macOS) or alias (Windows) the route leaves by; null when unknown. */
  readonly interface: string | null;
  /** The next-hop router; null for on-link routes (typical of VPN adapters) or when unknown. */
  readonly gateway: string | null;
  /** The local address packets to it would carry; null when the OS does not say. */
  readonly source: string | null;
}

/** The answer when the OS gave none (no route, command failed, output unreadable). */
export const NO_ROUTE: RouteLookup = { interface: null, gateway: null, source: null };
