import { productFromTunnelType } from './products.js';
import { powershellObjects, stringProp } from '../powershell.js';
import type { BuiltInVpn } from './types.js';

/**
 * Reads `Get-VpnConnection | Select-Object Name,ServerAddress,TunnelType,ConnectionStatus |
 * ConvertTo-Json`. Empty output means no built-in VPN is configured; unreadable output gives [].
 */
export function parseVpnConnectionJson(stdout: string): readonly BuiltInVpn[] {
  const rows = powershellObjects(stdout) ?? [];
  const out: BuiltInVpn[] = [];
  for (const row of rows) {
    const name = stringProp(row, 'Name');
    if (name === null) continue;
    const tunnelType = textOf(row.TunnelType);
    out.push({
      name,
      server: stringProp(row, 'ServerAddress'),
      tunnelType,
      connected: textOf(row.ConnectionStatus)?.toLowerCase() === 'connected',
      product: productFromTunnelType(tunnelType),
    });
  }
  return out;
}

// Enum-typed properties may serialise as their name or, in some PowerShell hosts, as a number.
function textOf(v: unknown): string | null {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number') return String(v);
  return null;
}
