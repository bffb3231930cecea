import { ipFamily } from '../route-lookup/ip-literal.js';
import { powershellObjects } from '../powershell.js';

// Reads `Get-DnsClientNrptPolicy -Effective` JSON (queries.ts DNS_CLIENT_NRPT_POLICY): the name
// resolution policy a company VPN or DirectAccess installs ("names under .corp.example go to these
// servers"). Property names only; Namespace and NameServers are lists, which PowerShell prints
// bare when they hold one value. Known to read: the written sample only (no public capture found).

/** One NRPT rule: the namespaces it covers and the servers it sends them to. */
export interface NrptRule {
  readonly namespaces: readonly string[];
  /** [] when the rule names no server (a DirectAccess exemption); null when none of them was an address. */
  readonly nameServers: readonly string[] | null;
  readonly directAccess: boolean | null;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]).filter((s): s is string => typeof s === 'string' && s.trim() !== '').map((s) => s.trim());

/** The rules in the JSON; null when the output is not JSON (PowerShell missing or failed). */
export function parseNrptPolicy(stdout: string): readonly NrptRule[] | null {
  const rows = powershellObjects(stdout);
  if (rows === null) return null;
  const rules: NrptRule[] = [];
  for (const row of rows) {
    const namespaces = strings(row.Namespace);
    if (namespaces.length === 0) continue;
    const servers = strings(row.NameServers);
    const addresses = servers.filter((s) => ipFamily(s) !== 0);
    rules.push({
      namespaces,
      nameServers: servers.length > 0 && addresses.length === 0 ? null : addresses,
      directAccess: typeof row.DirectAccessEnabled === 'boolean' ? row.DirectAccessEnabled : null,
    });
  }
  return rules;
}
