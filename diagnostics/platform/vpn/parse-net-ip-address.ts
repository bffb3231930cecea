import { intProp, powershellObjects, stringProp } from '../powershell.js';

/** One address of `Get-NetIPAddress | Select-Object InterfaceIndex,InterfaceAlias,IPAddress`. */
export interface NetIpAddressRow {
  readonly ifIndex: number | null;
  readonly alias: string | null;
  readonly address: string;
}

/** Reads the Get-NetIPAddress JSON; [] when it is empty or unreadable. */
export function parseNetIpAddressJson(stdout: string): readonly NetIpAddressRow[] {
  const rows = powershellObjects(stdout) ?? [];
  const out: NetIpAddressRow[] = [];
  for (const row of rows) {
    const address = stringProp(row, 'IPAddress');
    if (address === null) continue;
    // Link-local IPv6 addresses carry their zone ("fe80::1%23"); the zone is not part of the address.
    out.push({ ifIndex: intProp(row, 'InterfaceIndex'), alias: stringProp(row, 'InterfaceAlias'), address: address.split('%')[0] ?? address });
  }
  return out;
}
