import { isIP } from 'node:net';
import type { SystemResolver } from './types.js';

/**
 * Reads the JSON of `Get-DnsClientServerAddress -AddressFamily IPv4 | Select-Object
 * InterfaceAlias,InterfaceIndex,ServerAddresses | ConvertTo-Json` (one object or an array; the same
 * in every display language). Never throws.
 */
export function parseWindowsDnsJson(stdout: string): SystemResolver[] {
  let json: unknown;
  try {
    json = JSON.parse(stdout.trim() || 'null');
  } catch {
    return [];
  }
  const rows = Array.isArray(json) ? json : [json];
  const out: SystemResolver[] = [];
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const r = row as Record<string, unknown>;
    const iface = typeof r.InterfaceAlias === 'string' ? r.InterfaceAlias : undefined;
    const list = Array.isArray(r.ServerAddresses) ? r.ServerAddresses : typeof r.ServerAddresses === 'string' ? [r.ServerAddresses] : [];
    for (const a of list) {
      if (typeof a === 'string' && isIP(a)) out.push({ address: a, scope: 'unknown', ...(iface ? { interface: iface } : {}) });
    }
  }
  return out;
}
