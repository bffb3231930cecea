import type { TunnelTransportFact } from './openvpn-transport.js';

/** The VPN clients and tunnel kinds Homeline can name. */
export const VPN_PRODUCTS = [
  'cisco-secure-client',
  'globalprotect',
  'forticlient',
  'ivanti-pulse',
  'zscaler',
  'wireguard',
  'openvpn',
  'builtin-ikev2',
  'builtin-l2tp',
  'builtin-sstp',
  'builtin-ipsec',
  // Tunnels people run at home for themselves, not the company's: a connected one says nothing
  // about the company VPN (see isHomeVpn).
  'tailscale',
  'nordvpn',
  'cloudflare-warp',
  'mullvad',
  'protonvpn',
  'unknown-tunnel',
] as const;

/** Which VPN client (or built-in protocol) a tunnel belongs to; 'unknown-tunnel' when it names none. */
export type VpnProduct = (typeof VPN_PRODUCTS)[number];

/** One tunnel adapter or interface, present whether or not it is connected. */
export interface VpnTunnel {
  /** Interface name (Linux, macOS) or adapter alias (Windows): what route lookups report. */
  readonly interface: string;
  /** The adapter's description (Windows) or kind; null where the OS gives none. */
  readonly description: string | null;
  readonly product: VpnProduct;
  readonly connected: boolean;
  readonly addresses: readonly string[];
}

/** One VPN connection the OS itself manages (Windows RAS, macOS network services, NetworkManager). */
export interface BuiltInVpn {
  readonly name: string;
  readonly server: string | null;
  /** The OS's own word for the protocol: "Ikev2", "IPSec", "PPP:L2TP", "VPN:com.wireguard.macos", "vpn"… */
  readonly tunnelType: string | null;
  readonly connected: boolean;
  /** The client or protocol the connection belongs to, when its type names one. */
  readonly product?: VpnProduct;
}

/** What the machine says about VPN clients and tunnels; `notes` tell what could not be read. */
export interface VpnFacts {
  readonly tunnels: readonly VpnTunnel[];
  readonly builtIn: readonly BuiltInVpn[];
  readonly notes: readonly string[];
  /**
   * Why the list of tunnels itself could not be read (the platform's main witness, e.g. `ip -j
   * addr` on Linux, failed or printed what cannot be read): "no tunnel" is then no answer.
   * Absent when it was read.
   */
  readonly unread?: string;
  /**
   * The transport (UDP or TCP) each connected tunnel runs over, where a structured source tells
   * (Linux: the OpenVPN process's command line and config, platform/vpn/read-openvpn-linux.ts).
   * Absent or without a tunnel's entry: not known.
   */
  readonly transports?: readonly TunnelTransportFact[];
}
