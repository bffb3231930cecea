import type { CommandRunner } from '../command.js';
import { commandFailure } from './command-failure.js';
import { ipconfigAllCommand, netAdapterCommand, netIpAddressCommand, vpnConnectionCommand } from './command.js';
import { parseIpconfigAll, type IpconfigAdapter } from './parse-ipconfig.js';
import { parseNetAdapterJson, type NetAdapterRow } from './parse-net-adapter.js';
import { parseNetIpAddressJson, type NetIpAddressRow } from './parse-net-ip-address.js';
import { parseVpnConnectionJson } from './parse-vpn-connection.js';
import { homeVpnFromName, isWanMiniport, productFromDescription, productFromTunnelType } from './products.js';
import type { BuiltInVpn, VpnFacts, VpnTunnel } from './types.js';

/** The tunnel adapters among Get-NetAdapter's rows, with their addresses from Get-NetIPAddress. */
export function tunnelsFromNetAdapters(adapters: readonly NetAdapterRow[], addresses: readonly NetIpAddressRow[]): VpnTunnel[] {
  const tunnels: VpnTunnel[] = [];
  for (const a of adapters) {
    const product = homeVpnFromName(a.name) ?? (a.description === null ? null : productFromDescription(a.description));
    if (product === null || a.description === null) continue;
    // "Not Present" rows are ghosts of uninstalled drivers that -IncludeHidden digs up.
    if (a.status?.toLowerCase() === 'not present') continue;
    // The bare WAN Miniports exist on every Windows; only a connection named on top of one is a tunnel.
    if (isWanMiniport(a.description) && a.name.trim().toLowerCase() === a.description.trim().toLowerCase()) continue;
    tunnels.push({
      interface: a.name,
      description: a.description,
      product,
      connected: a.status?.toLowerCase() === 'up',
      addresses: addresses.filter((r) => (a.ifIndex !== null && r.ifIndex === a.ifIndex) || (r.ifIndex === null && r.alias === a.name)).map((r) => r.address),
    });
  }
  return tunnels;
}

/** The tunnel adapters of an `ipconfig /all` (the fallback when PowerShell is unavailable). */
export function tunnelsFromIpconfig(adapters: readonly IpconfigAdapter[]): VpnTunnel[] {
  const tunnels: VpnTunnel[] = [];
  for (const a of adapters) {
    // A private tunnel's alias names it even when its description is a generic "WireGuard Tunnel".
    const product = homeVpnFromName(a.name) ?? (a.description === null ? null : productFromDescription(a.description));
    // A PPP adapter is a connected built-in VPN; its description is the connection's own name.
    if (product === null && !a.ppp) continue;
    if (a.description !== null && isWanMiniport(a.description) && !a.ppp) continue;
    const routable = a.addresses.some((x) => !/^(fe80:|169\.254\.)/i.test(x));
    tunnels.push({
      interface: a.name,
      description: a.description,
      product: product ?? 'unknown-tunnel',
      connected: !a.mediaDisconnected && routable,
      addresses: a.addresses,
    });
  }
  return tunnels;
}

/**
 * A connected built-in VPN is an interface named after the connection; Get-NetAdapter does not list
 * it, so it is added as a tunnel here (route lookups report that name).
 */
export function tunnelsFromBuiltIn(builtIn: readonly BuiltInVpn[], known: readonly VpnTunnel[], addresses: readonly NetIpAddressRow[]): VpnTunnel[] {
  return builtIn
    .filter((b) => b.connected && !known.some((t) => t.interface === b.name))
    .map((b) => ({
      interface: b.name,
      description: null,
      product: b.product ?? productFromTunnelType(b.tunnelType),
      connected: true,
      addresses: addresses.filter((r) => r.alias === b.name).map((r) => r.address),
    }));
}

/** Reads VPN facts on Windows: PowerShell first, `ipconfig /all` when PowerShell gives nothing. */
export async function readVpnWindows(run: CommandRunner, signal?: AbortSignal): Promise<VpnFacts> {
  const notes: string[] = [];
  const [adapterOut, vpnOut, addrOut] = await Promise.all([
    run(netAdapterCommand, signal),
    run(vpnConnectionCommand, signal),
    run(netIpAddressCommand, signal),
  ]);
  const vpnFailure = commandFailure(vpnOut);
  if (vpnFailure !== null) notes.push(`built-in VPN connections not read: ${vpnFailure}`);
  const builtIn = vpnFailure === null ? parseVpnConnectionJson(vpnOut.stdout) : [];
  const addrFailure = commandFailure(addrOut);
  const addresses = addrFailure === null ? parseNetIpAddressJson(addrOut.stdout) : [];

  const adapterFailure = commandFailure(adapterOut);
  const adapters = adapterFailure === null ? parseNetAdapterJson(adapterOut.stdout) : null;
  let tunnels: VpnTunnel[];
  if (adapters !== null) {
    if (addrFailure !== null) notes.push(`tunnel addresses not read: ${addrFailure}`);
    tunnels = tunnelsFromNetAdapters(adapters, addresses);
  } else {
    notes.push(`Get-NetAdapter gave nothing usable (${adapterFailure ?? 'output is not JSON'}); read ipconfig /all instead`);
    const ipOut = await run(ipconfigAllCommand, signal);
    const ipFailure = commandFailure(ipOut);
    if (ipFailure !== null) notes.push(`tunnel adapters not read: ${ipFailure}`);
    // Even a failed or cut-off ipconfig may have printed the adapters that matter.
    tunnels = tunnelsFromIpconfig(parseIpconfigAll(ipOut.stdout));
  }
  return { tunnels: [...tunnels, ...tunnelsFromBuiltIn(builtIn, tunnels, addresses)], builtIn, notes };
}
