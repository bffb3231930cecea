import { powershellCommand, powershellObjects } from '../powershell.js';
import { parseNrptPolicy } from '../windows-cim/parse-nrpt-policy.js';
import { DNS_CLIENT_NRPT_POLICY } from '../windows-cim/queries.js';
import { IPCONFIG_ALL, WINDOWS_DNS_JSON } from './command.js';
import { parseIpconfigDns } from './parse-ipconfig-dns.js';
import { parseWindowsDnsJson } from './parse-windows-dns-json.js';
import { commandFailure, type ResolverDeps } from './resolver-deps.js';
import type { SystemResolver, SystemResolvers } from './types.js';

/**
 * The company's split-DNS rules from the NRPT (structured, any display language) as supplemental
 * resolvers with their domains. Exemptions that name no server are left out. No text fallback:
 * `netsh namespace show effectivepolicy` prints translated labels; a failure is a note instead.
 */
async function readNrpt(deps: Pick<ResolverDeps, 'run'>): Promise<{ servers: SystemResolver[]; notes: string[] }> {
  const out = await deps.run(powershellCommand(DNS_CLIENT_NRPT_POLICY.script, 5000));
  const rules = commandFailure(out, 'Get-DnsClientNrptPolicy') === null ? parseNrptPolicy(out.stdout) : null;
  if (rules === null) return { servers: [], notes: ['the name resolution policy (NRPT) could not be read; split-DNS rules of a company VPN are not known'] };
  return {
    servers: rules.flatMap((r) => (r.nameServers ?? []).map((address): SystemResolver => ({ address, scope: 'supplemental', domains: [...r.namespaces] }))),
    notes: [],
  };
}

/**
 * Windows: the per-adapter DNS servers from PowerShell's JSON; when PowerShell cannot run, is
 * blocked by policy, prints no JSON or lists no server, from `ipconfig /all` instead. The NRPT's
 * split-DNS servers are added as supplemental resolvers either way.
 */
export async function readWindowsResolvers(deps: Pick<ResolverDeps, 'run'>): Promise<SystemResolvers> {
  const [general, nrpt] = await Promise.all([readAdapterResolvers(deps), readNrpt(deps)]);
  return { servers: [...general.servers, ...nrpt.servers], notes: [...general.notes, ...nrpt.notes] };
}

async function readAdapterResolvers(deps: Pick<ResolverDeps, 'run'>): Promise<SystemResolvers> {
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
