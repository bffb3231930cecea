import { dedupeServers, parseProxyAddress, schemeOf, splitBypass } from './proxy-address.js';
import type { ProxyServer } from './types.js';

/** What the proxy environment variables say. */
export interface EnvProxy {
  readonly servers: readonly ProxyServer[];
  readonly bypass: readonly string[];
  /** Each fact with the variable it came from. */
  readonly sources: readonly string[];
  readonly notes: readonly string[];
}

// Lower case first: curl and most tools prefer it, and ignore HTTP_PROXY altogether (httpoxy).
const VARIABLES: ReadonlyArray<{ names: readonly string[]; key: string }> = [
  { names: ['http_proxy', 'HTTP_PROXY'], key: 'http' },
  { names: ['https_proxy', 'HTTPS_PROXY'], key: 'https' },
  { names: ['all_proxy', 'ALL_PROXY'], key: '' },
];

function firstSet(env: NodeJS.ProcessEnv, names: readonly string[]): { name: string; value: string } | null {
  for (const name of names) {
    const value = env[name];
    if (typeof value === 'string' && value.trim() !== '') return { name, value };
  }
  return null;
}

/** Reads http_proxy, https_proxy, all_proxy and no_proxy (either case). Credentials are dropped. Never throws. */
export function proxyFromEnv(env: NodeJS.ProcessEnv): EnvProxy {
  const servers: ProxyServer[] = [];
  const sources: string[] = [];
  const notes: string[] = [];
  for (const v of VARIABLES) {
    const set = firstSet(env, v.names);
    if (set === null) continue;
    const addr = parseProxyAddress(set.value);
    const scheme = addr === null ? null : schemeOf(v.key, addr.urlScheme);
    if (addr === null || scheme === null) {
      notes.push(`${set.name} is set but is not a proxy address.`);
      continue;
    }
    if (addr.hadCredentials) notes.push(`${set.name} carries a user name and password (not shown).`);
    servers.push({ scheme, host: addr.host, port: addr.port });
    sources.push(`servers: environment ${set.name}`);
  }
  const noProxy = firstSet(env, ['no_proxy', 'NO_PROXY']);
  const bypass = noProxy === null ? [] : splitBypass(noProxy.value);
  if (bypass.length > 0) sources.push(`bypass: environment ${noProxy!.name}`);
  return { servers: dedupeServers(servers), bypass, sources, notes };
}
