import type { VpnTunnel } from '../../platform/vpn/types.js';
import type { Evidence } from '../evidence.js';

// Whether the real-time test's packets left through a connected VPN tunnel: the train's own local
// address (the address the kernel chose towards the first STUN server) is one of a connected
// tunnel's addresses. Then the servers saw the company's exit, not the home's: the mapped address
// says nothing about the home router's NAT, and the home router and provider carried only the
// tunnel's own packets.

/** The connected tunnel that owns `local`, or null. */
export function tunnelOwning(e: Evidence, local: string | null | undefined): VpnTunnel | null {
  if (local == null) return null;
  return (e.vpnClient?.tunnels ?? []).find((t) => t.connected && t.addresses.includes(local)) ?? null;
}

/** The connected tunnel whose address the train used, or null (not through a tunnel, or not known). */
export function mediaTunnel(e: Evidence): VpnTunnel | null {
  return tunnelOwning(e, e.mediaPath?.localAddress);
}
