import { intProp, powershellObjects, stringProp } from '../powershell.js';
import { connectivityOf, networkCategoryOf, type Connectivity, type NetworkCategory } from './cim-enums.js';

// Reads `Get-NetConnectionProfile` JSON: what Windows itself concluded about each connected
// network (public/private/domain, and whether it reaches the internet), from numeric enums.
// Windows' own "internet" verdict is one witness among others, never the verdict.
// Known to read: Windows 10 and 11 (German test system sample), PowerShell 5.1 and 7.

/** One network profile. */
export interface CimConnectionProfile {
  /** The network's name as Windows shows it (often the SSID or "Network 2"); a label, not parsed. */
  readonly name: string | null;
  readonly alias: string;
  readonly index: number | null;
  readonly category: NetworkCategory | null;
  readonly ipv4: Connectivity | null;
  readonly ipv6: Connectivity | null;
}

/** The profiles in the JSON; null when the output is not JSON (PowerShell missing or failed). */
export function parseNetConnectionProfile(stdout: string): readonly CimConnectionProfile[] | null {
  const rows = powershellObjects(stdout);
  if (rows === null) return null;
  const out: CimConnectionProfile[] = [];
  for (const row of rows) {
    const alias = stringProp(row, 'InterfaceAlias');
    if (alias === null) continue;
    out.push({
      name: stringProp(row, 'Name'),
      alias,
      index: intProp(row, 'InterfaceIndex'),
      category: networkCategoryOf(row.NetworkCategory),
      ipv4: connectivityOf(row.IPv4Connectivity),
      ipv6: connectivityOf(row.IPv6Connectivity),
    });
  }
  return out;
}
