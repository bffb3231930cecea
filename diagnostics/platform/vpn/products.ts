import type { VpnProduct } from './types.js';

// Private tunnels by the names their apps give adapters, interfaces and services on every OS:
// Windows descriptions/aliases ("Tailscale Tunnel", "NordLynx Tunnel", "TAP-NordVPN Windows Adapter",
// "Cloudflare WARP Interface Tunnel", "Mullvad", "ProtonVPN"), macOS bundle ids
// (io.tailscale.ipn.macos, com.nordvpn.macos, com.cloudflare.1dot1dot1dot1.macos, net.mullvad.vpn,
// ch.protonvpn.mac) and Linux interfaces (tailscale0, nordlynx, CloudflareWARP, wg0-mullvad, proton0).
// They come before the generic WireGuard/OpenVPN patterns, which these apps build on.
const HOME: readonly (readonly [RegExp, VpnProduct])[] = [
  [/tailscale/i, 'tailscale'],
  [/nordlynx|nordvpn|nordsec/i, 'nordvpn'],
  [/cloudflare\s*-?warp|cloudflare\.1dot1dot1dot1|^CloudflareWARP$|\bwarp\s+interface/i, 'cloudflare-warp'],
  [/mullvad/i, 'mullvad'],
  [/proton\s*-?vpn|ch\.proton|^pvpn|^proton\d*$/i, 'protonvpn'],
];

const HOME_PRODUCTS: ReadonlySet<VpnProduct> = new Set(HOME.map(([, p]) => p));

/** True for the private tunnels people run at home: never the company's VPN. */
export function isHomeVpn(product: VpnProduct): boolean {
  return HOME_PRODUCTS.has(product);
}

/** The private tunnel an adapter alias, description, service type or interface name names, or null. */
export function homeVpnFromName(name: string): VpnProduct | null {
  for (const [pattern, product] of HOME) if (pattern.test(name)) return product;
  return null;
}

// Adapter descriptions are the driver's own English name on every Windows display language, so
// matching them is safe; they are matched loosely (case, version suffixes, "#2" copies).
const BY_DESCRIPTION: readonly (readonly [RegExp, VpnProduct])[] = [
  ...HOME,
  [/cisco (anyconnect|secure client)|anyconnect secure mobility/i, 'cisco-secure-client'],
  [/\bPANGP\b|globalprotect/i, 'globalprotect'],
  [/fortinet|forticlient/i, 'forticlient'],
  [/juniper networks virtual|pulse secure|ivanti secure access/i, 'ivanti-pulse'],
  [/zscaler/i, 'zscaler'],
  [/wireguard/i, 'wireguard'],
  [/TAP-Windows|wintun|openvpn/i, 'openvpn'],
  [/WAN Miniport \(IKEv2\)/i, 'builtin-ikev2'],
  [/WAN Miniport \(L2TP\)/i, 'builtin-l2tp'],
  [/WAN Miniport \(SSTP\)/i, 'builtin-sstp'],
];

/** The product a Windows adapter description names, or null for an ordinary adapter. */
export function productFromDescription(description: string): VpnProduct | null {
  for (const [pattern, product] of BY_DESCRIPTION) if (pattern.test(description)) return product;
  return null;
}

/** True for the WAN Miniports every Windows has: their presence says nothing about a VPN. */
export function isWanMiniport(description: string): boolean {
  return /^WAN Miniport\b/i.test(description.trim());
}

// macOS service types: "IPSec", "PPP:L2TP", "VPN:com.apple.neplugin.IKEv2", "VPN:<app bundle id>".
const BY_SERVICE_TYPE: readonly (readonly [RegExp, VpnProduct])[] = [
  ...HOME,
  [/com\.cisco|anyconnect/i, 'cisco-secure-client'],
  [/paloaltonetworks|globalprotect/i, 'globalprotect'],
  [/fortinet|forticlient/i, 'forticlient'],
  [/pulsesecure|pulse\.secure|ivanti|juniper/i, 'ivanti-pulse'],
  [/zscaler/i, 'zscaler'],
  [/wireguard/i, 'wireguard'],
  [/openvpn/i, 'openvpn'],
  [/ikev2/i, 'builtin-ikev2'],
  [/l2tp/i, 'builtin-l2tp'],
  [/^ipsec$/i, 'builtin-ipsec'],
];

/** The product a macOS service type (the `[…]` of `scutil --nc list`) names; unknown-tunnel otherwise. */
export function productFromServiceType(type: string): VpnProduct {
  for (const [pattern, product] of BY_SERVICE_TYPE) if (pattern.test(type)) return product;
  return 'unknown-tunnel';
}

/** The product Windows' Get-VpnConnection TunnelType names ("Ikev2", "L2tp", "Sstp"; Pptp/Automatic name none). */
export function productFromTunnelType(type: string | null): VpnProduct {
  switch (type?.toLowerCase()) {
    case 'ikev2':
      return 'builtin-ikev2';
    case 'l2tp':
      return 'builtin-l2tp';
    case 'sstp':
      return 'builtin-sstp';
    default:
      return 'unknown-tunnel';
  }
}

// Interface names the clients create on Linux (and macOS for the older kernel-extension clients).
const BY_INTERFACE: readonly (readonly [RegExp, VpnProduct])[] = [
  ...HOME,
  [/^cscotun\d*$/, 'cisco-secure-client'],
  [/^gpd\d*$/, 'globalprotect'],
  [/^zcctun\d*$/, 'zscaler'],
  [/^wg/, 'wireguard'],
  // tun/tap carry OpenVPN far more often than anything else (OpenConnect also uses tun).
  [/^(tun|tap)\d*$/, 'openvpn'],
];

/** The product an interface name suggests, or null when the name alone says nothing. */
export function productFromInterfaceName(name: string): VpnProduct | null {
  for (const [pattern, product] of BY_INTERFACE) if (pattern.test(name)) return product;
  return null;
}
