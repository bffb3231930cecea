import { ipFamily } from '../route-lookup/ip-literal.js';
import { intProp, powershellObjects, stringProp } from '../powershell.js';
import { addressFamilyOf } from './cim-enums.js';

// Reads `Get-NetIPConfiguration` JSON: per interface its addresses, default gateways and DNS
// servers, by property names and address families (numbers), never by words. Reads the
// projection of queries.ts NET_IP_CONFIGURATION and a plain `Get-NetIPConfiguration |
// ConvertTo-Json` alike; in the plain one PowerShell's default depth turns the nested objects into
// reference strings ("MSFT_NetIPAddress (Name = …)") that hold no address: such a list is
// reported as unknown (null), not as empty.
// Known to read: Windows 10 (19041, Polish display language, plain form), Windows 11.

/** One interface's IP configuration. A list is null when entries were there but none held a value. */
export interface CimIpConfiguration {
  readonly alias: string;
  readonly index: number | null;
  readonly description: string | null;
  readonly ipv4: readonly string[] | null;
  readonly ipv6: readonly string[] | null;
  readonly gateways4: readonly string[] | null;
  readonly gateways6: readonly string[] | null;
  readonly dns4: readonly string[] | null;
  readonly dns6: readonly string[] | null;
}

/** PowerShell prints a one-element list as the element itself, and an empty one as null. */
function entries(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The IP literals under `key` of each entry (or the entries themselves when they are strings):
 * [] when there were no values, null when there were values but none was an address.
 */
function literals(value: unknown, key: string, family: 4 | 6): string[] | null {
  const found: string[] = [];
  let values = 0;
  for (const e of entries(value)) {
    const raw = typeof e === 'object' && e !== null ? (e as Record<string, unknown>)[key] : e;
    for (const v of entries(raw)) {
      values += 1;
      // An IPv6 link-local address may carry its zone ("fe80::1%13"): the zone is not the address.
      const text = typeof v === 'string' ? v.trim().replace(/%\w+$/, '') : '';
      if (ipFamily(text) === family) found.push(text);
    }
  }
  return values === 0 || found.length > 0 ? found : null;
}

/** DNS servers of one family: DNSServer entries carry AddressFamily (2/23) and ServerAddresses. */
function dnsServers(value: unknown, family: 4 | 6): string[] | null {
  const list = entries(value);
  if (list.length === 0) return [];
  const ofFamily = list.filter((e) => typeof e === 'object' && e !== null && addressFamilyOf((e as Record<string, unknown>).AddressFamily) === family);
  const readable = list.some((e) => typeof e === 'object' && e !== null && addressFamilyOf((e as Record<string, unknown>).AddressFamily) !== null);
  if (!readable) return null;
  return literals(ofFamily, 'ServerAddresses', family);
}

/** The interfaces in the JSON; null when the output is not JSON (PowerShell missing or failed). */
export function parseNetIpConfiguration(stdout: string): readonly CimIpConfiguration[] | null {
  const rows = powershellObjects(stdout);
  if (rows === null) return null;
  const out: CimIpConfiguration[] = [];
  for (const row of rows) {
    const alias = stringProp(row, 'InterfaceAlias');
    if (alias === null) continue;
    out.push({
      alias,
      index: intProp(row, 'InterfaceIndex'),
      description: stringProp(row, 'InterfaceDescription'),
      ipv4: literals(row.IPv4Address, 'IPAddress', 4),
      ipv6: literals(row.IPv6Address, 'IPAddress', 6),
      gateways4: literals(row.IPv4DefaultGateway, 'NextHop', 4),
      gateways6: literals(row.IPv6DefaultGateway, 'NextHop', 6),
      dns4: dnsServers(row.DNSServer, 4),
      dns6: dnsServers(row.DNSServer, 6),
    });
  }
  return out;
}
