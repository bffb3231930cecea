import { powershellObjects } from '../powershell.js';
import { IPCONFIG_ALL, WINDOWS_DNS_JSON } from './command.js';
import { parseIpconfigDns } from './parse-ipconfig-dns.js';
import { parseWindowsDnsJson } from './parse-windows-dns-json.js';
import { commandFailure, type ResolverDeps } from './resolver-deps.js';
import type { SystemResolvers } from './types.js';

/**
 * Windows: the per-adapter DNS servers from PowerShell's JSON; when PowerShell cannot run, is
 * blocked by policy, prints no JSON or lists no server, from `ipconfig /all` instead.
 */
export async function readWindowsResolvers(deps: Pick<ResolverDeps, 'run'>): Promise<SystemResolvers> {
  const ps = await deps.run(WINDOWS_DNS_JSON);
  const failure = commandFailure(ps, 'Get-DnsClientServerAddress');
  const notes: string[] = [];
  if (failure === null && powershellObjects(ps.stdout) !== null) {
    const servers = parseWindowsDnsJson(ps.stdout);
    if (servers.length > 0) return { servers, notes };
    notes.push('Get-DnsClientServerAddress listed no DNS server; read ipconfig /all instead');
  } else {
    notes.push(`${failure ?? 'Get-DnsClientServerAddress printed no JSON'}; read ipconfig /all instead`);
  }
  const ipconfig = await deps.run(IPCONFIG_ALL);
  const ipconfigFailure = commandFailure(ipconfig, 'ipconfig /all');
  if (ipconfigFailure !== null) notes.push(ipconfigFailure);
  return { servers: parseIpconfigDns(ipconfig.stdout), notes };
}
