import type { CommandRunner } from '../command.js';
import { commandFailure } from '../command-failure.js';
import { scutilProxyCommand } from './command.js';
import { parseScutilProxy, scutilFlag, type ScutilProxy } from './parse-scutil-proxy.js';
import { dedupeServers, parseProxyAddress } from './proxy-address.js';
import { decideMode } from './proxy-mode.js';
import { unknownProxyFacts, type ProxyFacts, type ProxyScheme, type ProxyServer } from './types.js';

const KINDS: ReadonlyArray<{ prefix: string; scheme: ProxyScheme }> = [
  { prefix: 'HTTP', scheme: 'http' },
  { prefix: 'HTTPS', scheme: 'https' },
  { prefix: 'SOCKS', scheme: 'socks' },
];

/** The enabled manual proxies of a `scutil --proxy` dictionary, with their sources. */
export function scutilServers(p: ScutilProxy): { servers: ProxyServer[]; sources: string[] } {
  const servers: ProxyServer[] = [];
  const sources: string[] = [];
  for (const k of KINDS) {
    if (scutilFlag(p, `${k.prefix}Enable`) !== true) continue;
    const addr = parseProxyAddress(p.values.get(`${k.prefix}Proxy`) ?? '');
    if (addr === null) continue;
    const portText = p.values.get(`${k.prefix}Port`) ?? '';
    const port = /^\d{1,5}$/.test(portText) && Number(portText) > 0 && Number(portText) <= 65535 ? Number(portText) : addr.port;
    servers.push({ scheme: k.scheme, host: addr.host, port });
    sources.push(`servers: ${k.prefix}Enable/${k.prefix}Proxy/${k.prefix}Port (scutil --proxy)`);
  }
  return { servers: dedupeServers(servers), sources };
}

/** Turns a parsed `scutil --proxy` into facts. Pure, so golden tests need no runner. */
export function proxyFactsFromScutil(p: ScutilProxy): ProxyFacts {
  const notes: string[] = [];
  const { servers, sources } = scutilServers(p);
  const pacOn = scutilFlag(p, 'ProxyAutoConfigEnable') === true;
  const pacText = p.values.get('ProxyAutoConfigURLString') ?? '';
  const pacUrl = pacOn && pacText !== '' ? pacText : null;
  if (pacOn && pacUrl === null) notes.push('Automatic proxy configuration is on but names no PAC URL.');
  if (pacUrl !== null) sources.push('pacUrl: ProxyAutoConfigURLString (scutil --proxy)');
  const autoDetect = scutilFlag(p, 'ProxyAutoDiscoveryEnable') === true;
  if (autoDetect) sources.push('autoDetect: ProxyAutoDiscoveryEnable (scutil --proxy)');
  const bypass = [...(p.arrays.get('ExceptionsList') ?? [])];
  if (bypass.length > 0) sources.push('bypass: ExceptionsList (scutil --proxy)');
  if (scutilFlag(p, 'ExcludeSimpleHostnames') === true) {
    bypass.push('<local>');
    sources.push('bypass: ExcludeSimpleHostnames (scutil --proxy)');
  }
  // An empty dictionary is still a reading: every service without proxies prints at least "{ }".
  const anyRead = p.values.size > 0 || p.arrays.size > 0;
  const mode = decideMode({ pacUrl, manual: servers.length > 0, autoDetect, anyRead });
  if (mode === 'pac' && autoDetect) notes.push('Auto proxy discovery (WPAD) is on as well.');
  return { mode, servers, pacUrl, bypass, sources, notes };
}

/** Reads the proxy settings on macOS from `scutil --proxy`. */
export async function readProxyDarwin(run: CommandRunner, signal?: AbortSignal): Promise<ProxyFacts> {
  const out = await run(scutilProxyCommand, signal);
  const failure = commandFailure(out);
  if (failure !== null) return unknownProxyFacts([failure]);
  const facts = proxyFactsFromScutil(parseScutilProxy(out.stdout));
  const dictionary = /<dictionary>\s*\{/.test(out.stdout);
  // "<dictionary> { }" with nothing inside means no proxy on the primary service.
  if (facts.mode === 'unknown' && dictionary) return { ...facts, mode: 'direct' };
  if (facts.mode === 'unknown') return { ...facts, notes: [...facts.notes, 'scutil --proxy printed no proxy dictionary.'] };
  return facts;
}
