import type { CommandRunner } from '../command.js';
import type { OsKind } from '../os-kind.js';
import { powershellCommand } from '../powershell.js';
import { parseResolvConf, RESOLVED_STUB } from './parse-resolv-conf.js';
import { parseScutilDns } from './parse-scutil-dns.js';
import { parseWindowsDnsJson } from './parse-windows-dns-json.js';
import type { SystemResolver, SystemResolvers } from './types.js';

export interface ResolverDeps {
  readonly os: OsKind;
  readonly run: CommandRunner;
  /** Returns a file's text, or null when it is missing: injected so tests feed fixtures. */
  readonly readFile: (path: string) => Promise<string | null>;
}

const WINDOWS_DNS_COMMAND =
  'Get-DnsClientServerAddress -AddressFamily IPv4 | Select-Object InterfaceAlias,InterfaceIndex,ServerAddresses | ConvertTo-Json';

async function linux(deps: ResolverDeps): Promise<SystemResolvers> {
  const text = await deps.readFile('/etc/resolv.conf');
  if (text === null) return { servers: [], notes: ['/etc/resolv.conf is missing'] };
  const conf = parseResolvConf(text);
  const servers: SystemResolver[] = conf.nameservers.map((address) => ({ address, scope: 'default' }));
  const notes: string[] = [];
  if (conf.nameservers.length === 1 && conf.nameservers[0] === RESOLVED_STUB) {
    // The stub is what programs ask; its upstreams tell whether the router or the provider answers.
    const upstream = await deps.readFile('/run/systemd/resolve/resolv.conf');
    const ups = upstream === null ? [] : parseResolvConf(upstream).nameservers;
    servers.push(...ups.map((address) => ({ address, scope: 'unknown' as const })));
    notes.push(`systemd-resolved stub; upstream resolvers: ${ups.join(', ') || 'unknown'}`);
  }
  return { servers, notes };
}

async function darwin(deps: ResolverDeps): Promise<SystemResolvers> {
  const out = await deps.run({ cmd: 'scutil', args: ['--dns'], timeoutMs: 4000 });
  if (out.spawnError !== undefined) return { servers: [], notes: [`scutil could not run: ${out.spawnError}`] };
  return { servers: parseScutilDns(out.stdout), notes: [] };
}

async function win32(deps: ResolverDeps): Promise<SystemResolvers> {
  const out = await deps.run(powershellCommand(WINDOWS_DNS_COMMAND));
  if (out.spawnError !== undefined) return { servers: [], notes: [`PowerShell could not run: ${out.spawnError}`] };
  return { servers: parseWindowsDnsJson(out.stdout), notes: out.exitCode === 0 ? [] : [out.stderr.trim().slice(0, 200)] };
}

const BY_OS: Readonly<Record<OsKind, (deps: ResolverDeps) => Promise<SystemResolvers>>> = { linux, darwin, win32 };

/** The DNS servers this machine uses, from the OS's own configuration. */
export function readSystemResolvers(deps: ResolverDeps): Promise<SystemResolvers> {
  return BY_OS[deps.os](deps);
}
