import { ipFamily } from '../route-lookup/ip-literal.js';
import { powershellObjects } from '../powershell.js';
import type { SystemResolver } from './types.js';

/**
 * Reads the JSON of `Get-DnsClientServerAddress -AddressFamily IPv4 | Select-Object
 * InterfaceAlias,InterfaceIndex,ServerAddresses | ConvertTo-Json` (one object or an array; the same
 * in every display language). Never throws.
 */
export function parseWindowsDnsJson(stdout: string): SystemResolver[] {
  const out: SystemResolver[] = [];
  for (const r of powershellObjects(stdout) ?? []) {
    const iface = typeof r.InterfaceAlias === 'string' ? r.InterfaceAlias : undefined;
    const list = Array.isArray(r.ServerAddresses) ? r.ServerAddresses : typeof r.ServerAddresses === 'string' ? [r.ServerAddresses] : [];
    for (const a of list) {
      if (typeof a === 'string' && ipFamily(a) !== 0) out.push({ address: a, scope: 'unknown', ...(iface ? { interface: iface } : {}) });
    }
  }
  return out;
}
