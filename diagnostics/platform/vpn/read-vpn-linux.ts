import type { CommandRunner } from '../command.js';
import { commandFailure } from '../command-failure.js';
import { ipAddrCommand, nmcliActiveCommand } from './command.js';
import { isIpAddrJson, parseIpAddrJson, type LinuxLink } from './parse-ip-addr.js';
import { couldNotRun, unreadable } from '../could-not-run.js';
import { nmcliActiveReadable, parseNmcliActive, type NmcliConnection } from './parse-nmcli-active.js';
import type { CommandOutput } from '../command.js';
import { homeVpnFromName, productFromInterfaceName } from './products.js';
import type { BuiltInVpn, VpnFacts, VpnProduct, VpnTunnel } from './types.js';

const TUNNEL_NAME = /^(tun|tap|wg|ppp|vpn|cscotun|gpd|zcctun)/;
const TUNNEL_KINDS = new Set(['tun', 'wireguard']);
const NM_VPN_TYPES = new Set(['vpn', 'wireguard']);

function isTunnel(l: LinuxLink): boolean {
  // A tap enslaved to a bridge is a virtual machine's network card, not a VPN.
  if (l.master !== null) return false;
  if (TUNNEL_NAME.test(l.name) || (l.kind !== null && TUNNEL_KINDS.has(l.kind))) return true;
  // Other point-to-point links without a hardware address (NetworkManager names WireGuard links
  // after the connection) are tunnels of some kind too.
  return l.linkType === 'none' && l.flags.includes('POINTOPOINT');
}

/** The tunnel links of `ip -j addr`, named by kind, interface name or NetworkManager's connection type. */
export function tunnelsFromLinks(links: readonly LinuxLink[], nm: readonly NmcliConnection[]): VpnTunnel[] {
  return links.filter(isTunnel).map((l) => {
    const nmType = nm.find((c) => c.device === l.name)?.type;
    // Private tunnels (nordlynx, wg0-mullvad) are WireGuard underneath: their names decide first.
    const product: VpnProduct =
      homeVpnFromName(l.name) ??
      (l.kind === 'wireguard' || nmType === 'wireguard' ? 'wireguard' : (productFromInterfaceName(l.name) ?? 'unknown-tunnel'));
    // Tunnels report UNKNOWN when the driver has no carrier notion; LOWER_UP then tells it works.
    const state = l.operstate?.toUpperCase();
    const connected = state === 'UP' || (state === 'UNKNOWN' && l.flags.includes('UP') && l.flags.includes('LOWER_UP'));
    return { interface: l.name, description: l.kind, product, connected, addresses: l.addresses };
  });
}

/** NetworkManager's active VPN and WireGuard connections. */
export function builtInFromNmcli(nm: readonly NmcliConnection[]): BuiltInVpn[] {
  return nm
    .filter((c) => NM_VPN_TYPES.has(c.type))
    .map((c) => ({
      name: c.name,
      server: null,
      tunnelType: c.type,
      connected: c.state === 'activated',
      product: c.type === 'wireguard' ? 'wireguard' : 'unknown-tunnel',
    }));
}

/** Reads VPN facts on Linux from `ip -j addr` and, where NetworkManager runs, `nmcli`. */
export async function readVpnLinux(run: CommandRunner, signal?: AbortSignal): Promise<VpnFacts> {
  const notes: string[] = [];
  const [ipOut, nmOut] = await Promise.all([run(ipAddrCommand, signal), run(nmcliActiveCommand, signal)]);
  const ipFailure = commandFailure(ipOut, { clause: true });
  if (ipFailure !== null) notes.push(`tunnel interfaces not read: ${ipFailure}`);
  const nmFailure = commandFailure(nmOut, { clause: true });
  // Many machines have no NetworkManager; the interfaces still tell the story.
  if (nmFailure !== null) notes.push(`NetworkManager connections not read: ${nmFailure}`);
  const nm = nmFailure === null ? parseNmcliActive(nmOut.stdout) : [];
  // ip is the witness of tunnels: when it could not run or printed no JSON list, "no tunnel" would
  // be a guess. So is it when an installed nmcli broke: NetworkManager's IPsec connections have no
  // tunnel interface, nmcli alone names them.
  const ipUnread = couldNotRun(ipOut) ?? (ipOut.exitCode === 0 && isIpAddrJson(ipOut.stdout) ? null : unreadable(ipOut));
  const reasons = [ipUnread, nmcliUnread(nmOut)].filter((r): r is string => r !== null);
  if (nmFailure === null && !nmcliActiveReadable(nmOut.stdout)) notes.push(`NetworkManager connections not read: ${unreadable(nmOut)}`);
  const unread = reasons.join('; ');
  return { tunnels: tunnelsFromLinks(parseIpAddrJson(ipOut.stdout), nm), builtIn: builtInFromNmcli(nm), notes, ...(unread === '' ? {} : { unread }) };
}

/**
 * Why nmcli gave no list, or null for an answer: not installed (no NetworkManager), a clean refusal
 * ("NetworkManager is not running", exit 8) and a list of its shape are answers; a tool present
 * that could not run to its end, or that exited 0 printing what is not its list, is not.
 */
function nmcliUnread(out: CommandOutput): string | null {
  if (out.spawnError !== undefined && /ENOENT/.test(out.spawnError)) return null;
  const failed = couldNotRun(out);
  if (failed !== null) return failed;
  return out.exitCode === 0 && !nmcliActiveReadable(out.stdout) ? unreadable(out) : null;
}
