import type { CommandSpec } from '../command.js';
import { powershellCommand as powershell } from '../powershell.js';

/** Windows: every network adapter, hidden ones too (VPN virtual adapters often are). */
export const netAdapterCommand: CommandSpec = powershell(
  'Get-NetAdapter -IncludeHidden | Select-Object Name,InterfaceDescription,Status,ifIndex | ConvertTo-Json',
);

/** Windows: the built-in (RAS) VPN connections of the current user. */
export const vpnConnectionCommand: CommandSpec = powershell(
  'Get-VpnConnection | Select-Object Name,ServerAddress,TunnelType,ConnectionStatus | ConvertTo-Json',
);

/** Windows: every unicast address with the index of its adapter, to give tunnels their addresses. */
export const netIpAddressCommand: CommandSpec = powershell(
  'Get-NetIPAddress | Select-Object InterfaceIndex,InterfaceAlias,IPAddress | ConvertTo-Json',
);

/** Windows fallback when PowerShell is blocked: localized text, read by structure. */
export const ipconfigAllCommand: CommandSpec = { cmd: 'ipconfig', args: ['/all'], timeoutMs: 8000 };

/** macOS: the VPN services the system knows (built-in and app-provided) and their state. */
export const scutilNcListCommand: CommandSpec = { cmd: 'scutil', args: ['--nc', 'list'], timeoutMs: 5000 };

/** macOS: every interface with its flags and addresses (utun/ipsec/ppp tunnels among them). */
export const ifconfigCommand: CommandSpec = { cmd: 'ifconfig', args: [], timeoutMs: 5000 };

/** Linux: every link with its addresses; `-d` adds the link kind (tun, wireguard). */
export const ipAddrCommand: CommandSpec = { cmd: 'ip', args: ['-d', '-j', 'addr', 'show'], timeoutMs: 3000 };

/** Linux: NetworkManager's active connections, VPN and WireGuard ones among them. */
export const nmcliActiveCommand: CommandSpec = {
  cmd: 'nmcli',
  args: ['-t', '-f', 'NAME,TYPE,DEVICE,STATE', 'connection', 'show', '--active'],
  timeoutMs: 5000,
};
