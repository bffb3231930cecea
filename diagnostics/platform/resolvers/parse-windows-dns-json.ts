import { ipFamily } from '../route-lookup/ip-literal.js';
import { powershellObjects } from '../powershell.js';
import { listingOf, type ResolverListing, type SystemResolver } from './types.js';

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

/** One row as Select-Object prints it: the alias, and the servers as a list, one string or null (none). */
function isAdapterRow(row: unknown): boolean {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  const r = row as Record<string, unknown>;
  const servers = r.ServerAddresses;
  const serversShaped = servers === null || typeof servers === 'string' || (Array.isArray(servers) && servers.every((s) => typeof s === 'string'));
  return typeof r.InterfaceAlias === 'string' && 'ServerAddresses' in r && serversShaped;
}

/**
 * The output as a listing. Empty output is PowerShell's empty pipeline: no adapter, none for sure;
 * otherwise it must be JSON whose every row has the selected shape, or it is unreadable (an error
 * text, another cmdlet's objects, a bare string or number that JSON also allows). Never throws.
 */
export function windowsDnsListing(stdout: string): ResolverListing {
  const text = stdout.replace(/^\uFEFF/, '').trim();
  if (text === '') return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'unreadable' };
  }
  const rows: unknown[] = Array.isArray(json) ? json : [json];
  if (!rows.every(isAdapterRow)) return { kind: 'unreadable' };
  return listingOf(parseWindowsDnsJson(text), true);
}
