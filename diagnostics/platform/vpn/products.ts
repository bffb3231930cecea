import type { VpnProduct } from './types.js';

// Adapter descriptions are the driver's own English name on every Windows display language, so
// matching them is safe; they are matched loosely (case, version suffixes, "#2" copies).
const BY_DESCRIPTION: readonly (readonly [RegExp, VpnProduct])[] = [
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
