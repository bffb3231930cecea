import type { CommandRunner } from '../command.js';
import { commandFailure } from './command-failure.js';
import { ifconfigCommand, scutilNcListCommand } from './command.js';
import { parseIfconfig, type IfconfigInterface } from './parse-ifconfig.js';
import { parseScutilNcList, type ScutilService } from './parse-scutil-nc.js';
import { productFromInterfaceName, productFromServiceType } from './products.js';
import type { BuiltInVpn, VpnFacts, VpnProduct, VpnTunnel } from './types.js';

const TUNNEL_NAME = /^(utun|ipsec|ppp|gpd|tun|tap)\d+$/;

/** The VPN services of `scutil --nc list`, with the product their type names. */
export function builtInFromScutil(services: readonly ScutilService[]): BuiltInVpn[] {
  return services.map((s) => ({
    name: s.name,
    server: null,
    tunnelType: s.type === '' ? null : s.type,
    connected: s.status.toLowerCase() === 'connected',
    product: productFromServiceType(s.type),
  }));
}

// macOS keeps several utun interfaces for its own services (iCloud Private Relay, Back to My Mac),
// each with only a link-local IPv6 address; a VPN's utun carries an IPv4 or a global IPv6 address.
function routableAddresses(i: IfconfigInterface): string[] {
  return [...i.ipv4, ...i.ipv6.filter((a) => !/^fe80:/i.test(a))];
}

/**
 * The live tunnel interfaces of `ifconfig`. A utun does not say which app owns it: when exactly one
 * VPN service is connected, its product is given to the live utuns; otherwise they stay unknown.
 */
export function tunnelsFromIfconfig(interfaces: readonly IfconfigInterface[], builtIn: readonly BuiltInVpn[]): VpnTunnel[] {
  const connected = builtIn.filter((b) => b.connected);
  const only: VpnProduct | undefined = connected.length === 1 ? connected[0]?.product : undefined;
  const tunnels: VpnTunnel[] = [];
  for (const i of interfaces) {
    if (!TUNNEL_NAME.test(i.name)) continue;
    const routable = routableAddresses(i);
    if (i.name.startsWith('utun') && routable.length === 0) continue;
    const up = i.flags.includes('UP') && i.flags.includes('RUNNING');
    tunnels.push({
      interface: i.name,
      description: null,
      product: homeVpnFromAddresses([...i.ipv4, ...i.ipv6]) ?? productOf(i.name, only),
      connected: up && routable.length > 0,
      addresses: [...i.ipv4, ...i.ipv6],
    });
  }
  return tunnels;
}

/**
 * A utun whose address lies in a private tunnel's own range: Tailscale's ULA fd7a:115c:a1e0::/48
 * and Cloudflare WARP's 2606:4700:110::/48. Both ranges are the services' own, so the address
 * names the app even when several VPN services are connected.
 */
function homeVpnFromAddresses(addresses: readonly string[]): VpnProduct | null {
  if (addresses.some((a) => /^fd7a:115c:a1e0:/i.test(a))) return 'tailscale';
  if (addresses.some((a) => /^2606:4700:110:/i.test(a))) return 'cloudflare-warp';
  return null;
}

function productOf(name: string, only: VpnProduct | undefined): VpnProduct {
  if (name.startsWith('utun')) return only ?? 'unknown-tunnel';
  // ipsecN carries IKEv2 and Cisco IPSec; pppN carries L2TP (PPTP left macOS in 10.12).
  if (name.startsWith('ipsec')) return only === 'builtin-ikev2' ? 'builtin-ikev2' : 'builtin-ipsec';
  if (name.startsWith('ppp')) return 'builtin-l2tp';
  return productFromInterfaceName(name) ?? 'unknown-tunnel';
}

/** Reads VPN facts on macOS from `scutil --nc list` and `ifconfig`. */
export async function readVpnDarwin(run: CommandRunner, signal?: AbortSignal): Promise<VpnFacts> {
  const notes: string[] = [];
  const [ncOut, ifOut] = await Promise.all([run(scutilNcListCommand, signal), run(ifconfigCommand, signal)]);
  const ncFailure = commandFailure(ncOut);
  if (ncFailure !== null) notes.push(`VPN services not read: ${ncFailure}`);
  const ifFailure = commandFailure(ifOut);
  if (ifFailure !== null) notes.push(`tunnel interfaces not read: ${ifFailure}`);
  const builtIn = builtInFromScutil(parseScutilNcList(ncOut.stdout));
  return { tunnels: tunnelsFromIfconfig(parseIfconfig(ifOut.stdout), builtIn), builtIn, notes };
}
