import type { CommandOutput } from '../command.js';
import { powershellCommand } from '../powershell.js';
import { parseNrptPolicy } from '../windows-cim/parse-nrpt-policy.js';
import { DNS_CLIENT_NRPT_POLICY } from '../windows-cim/queries.js';
import { IPCONFIG_ALL, WINDOWS_DNS_JSON } from './command.js';
import { ipconfigListing } from './parse-ipconfig-dns.js';
import { windowsDnsListing } from './parse-windows-dns-json.js';
import { commandFailure } from '../command-failure.js';
import { whyUnread, type ResolverDeps } from './resolver-deps.js';
import type { ResolverListing, SystemResolver, SystemResolvers } from './types.js';

/** A tool's listing, unreadable when it failed without listing any server. */
function listingOrFailure(out: CommandOutput, read: (stdout: string) => ResolverListing): ResolverListing {
  const listing = read(out.stdout);
  return listing.kind === 'listed' || commandFailure(out) === null ? listing : { kind: 'unreadable' };
}

/**
 * The company's split-DNS rules from the NRPT (structured, any display language) as supplemental
 * resolvers with their domains. Exemptions that name no server are left out. No text fallback:
 * `netsh namespace show effectivepolicy` prints translated labels; a failure is a note instead.
 */
async function readNrpt(deps: Pick<ResolverDeps, 'run'>): Promise<{ servers: SystemResolver[]; notes: string[] }> {
  const out = await deps.run(powershellCommand(DNS_CLIENT_NRPT_POLICY.script, 5000));
  const rules = commandFailure(out) === null ? parseNrptPolicy(out.stdout) : null;
  if (rules === null) return { servers: [], notes: ['the name resolution policy (NRPT) could not be read; split-DNS rules of a company VPN are not known'] };
  return {
    servers: rules.flatMap((r) => (r.nameServers ?? []).map((address): SystemResolver => ({ address, scope: 'supplemental', domains: [...r.namespaces] }))),
    notes: [],
  };
}

/**
 * Windows: the per-adapter DNS servers from PowerShell's JSON; when PowerShell cannot run, is
 * blocked by policy, prints no JSON of the expected shape or lists no server, from `ipconfig /all`
 * instead. Either tool's clean "none" is an answer; when neither could be read, the list is unread
 * naming both. The NRPT's split-DNS servers are added as supplemental resolvers either way.
 */
export async function readWindowsResolvers(deps: Pick<ResolverDeps, 'run'>): Promise<SystemResolvers> {
  const [general, nrpt] = await Promise.all([readAdapterResolvers(deps), readNrpt(deps)]);
  return { ...general, servers: [...general.servers, ...nrpt.servers], notes: [...general.notes, ...nrpt.notes] };
}

async function readAdapterResolvers(deps: Pick<ResolverDeps, 'run'>): Promise<SystemResolvers> {
  const ps = await deps.run(WINDOWS_DNS_JSON);
  const psListing = listingOrFailure(ps, windowsDnsListing);
  if (psListing.kind === 'listed') return { servers: psListing.servers, notes: [] };
  const psWhy = psListing.kind === 'none' ? 'Get-DnsClientServerAddress listed no DNS server' : `Get-DnsClientServerAddress not read: ${whyUnread(ps)}`;
  const notes = [`${psWhy}; read ipconfig /all instead`];
  const ipconfig = await deps.run(IPCONFIG_ALL);
  const ipFailure = commandFailure(ipconfig, { clause: true });
  if (ipFailure !== null) notes.push(ipFailure);
  const ipListing = listingOrFailure(ipconfig, ipconfigListing);
  if (ipListing.kind === 'listed') return { servers: ipListing.servers, notes };
  if (ipListing.kind === 'none') return { servers: [], notes };
  const ipWhy = whyUnread(ipconfig);
  if (ipFailure === null) notes.push(ipWhy);
  // PowerShell's clean "none" stands when ipconfig could not be read; with neither, the list is unread.
  return psListing.kind === 'none' ? { servers: [], notes } : { servers: [], notes, unread: [whyUnread(ps), ipWhy] };
}
