import type { CommandOutput, CommandRunner } from '../command.js';
import { commandFailure } from '../command-failure.js';
import { couldNotRun } from '../could-not-run.js';
import { gsettingsProxyCommand, type GsettingsProxyKey } from './command.js';
import { parseGsettingsInt, parseGsettingsString, parseGsettingsStrv } from './parse-gsettings.js';
import { dedupeServers } from './proxy-address.js';
import { proxyFromEnv } from './proxy-env.js';
import { decideMode } from './proxy-mode.js';
import type { ProxyFacts, ProxyScheme, ProxyServer } from './types.js';

/** What GNOME's proxy settings say; mode null when gsettings could not be asked. */
export interface GnomeProxy {
  readonly mode: 'none' | 'manual' | 'auto' | null;
  readonly servers: readonly ProxyServer[];
  readonly pacUrl: string | null;
  readonly bypass: readonly string[];
  /** True when gsettings is there but failed or printed what cannot be read: the desktop's proxy is unknown. */
  readonly unread?: boolean;
}

const MANUAL_KINDS: ReadonlyArray<{ kind: 'http' | 'https' | 'socks'; scheme: ProxyScheme }> = [
  { kind: 'http', scheme: 'http' },
  { kind: 'https', scheme: 'https' },
  { kind: 'socks', scheme: 'socks' },
];

/** Reads GNOME's proxy mode and, for the mode in force, its hosts and ports or PAC URL. */
export async function readGnomeProxy(run: CommandRunner, notes: string[], signal?: AbortSignal): Promise<GnomeProxy> {
  const none: GnomeProxy = { mode: null, servers: [], pacUrl: null, bypass: [] };
  const modeOut = await run(gsettingsProxyCommand('mode'), signal);
  const failure = commandFailure(modeOut);
  if (failure !== null) {
    // Not installed, or a clean refusal (exit 1: no GNOME proxy schema here), is a desktop without
    // GNOME's settings: an answer. Not permitted, hung or crashed is not.
    const missing = modeOut.spawnError !== undefined && /ENOENT/.test(modeOut.spawnError);
    notes.push(missing ? 'gsettings is not installed; only the environment was read.' : `GNOME proxy settings not read: ${failure}`);
    return !missing && couldNotRun(modeOut) !== null ? { ...none, unread: true } : none;
  }
  const mode = parseGsettingsString(modeOut.stdout);
  if (mode !== 'none' && mode !== 'manual' && mode !== 'auto') {
    notes.push('GNOME proxy mode could not be read.');
    return { ...none, unread: true };
  }
  const ask = async (key: GsettingsProxyKey): Promise<string> => {
    const out: CommandOutput = await run(gsettingsProxyCommand(key), signal);
    return commandFailure(out) === null ? out.stdout : '';
  };
  if (mode === 'none') return { ...none, mode };
  if (mode === 'auto') {
    const url = parseGsettingsString(await ask('autoconfig-url'));
    return { ...none, mode, pacUrl: url === null || url === '' ? null : url };
  }
  const keys: GsettingsProxyKey[] = ['ignore-hosts', 'http.host', 'http.port', 'https.host', 'https.port', 'socks.host', 'socks.port'];
  const answers = new Map<GsettingsProxyKey, string>();
  await Promise.all(keys.map(async (k) => answers.set(k, await ask(k))));
  const servers: ProxyServer[] = [];
  for (const k of MANUAL_KINDS) {
    const host = parseGsettingsString(answers.get(`${k.kind}.host`) ?? '');
    if (host === null || host === '') continue;
    const port = parseGsettingsInt(answers.get(`${k.kind}.port`) ?? '');
    servers.push({ scheme: k.scheme, host: host.toLowerCase(), port: port !== null && port > 0 && port <= 65535 ? port : null });
  }
  return { mode, servers, pacUrl: null, bypass: parseGsettingsStrv(answers.get('ignore-hosts') ?? '') ?? [] };
}

/**
 * Reads the proxy on Linux from the environment (what command-line tools and many apps use) and
 * GNOME's settings (what the desktop and browsers use). Both count: either may route traffic.
 */
export async function readProxyLinux(run: CommandRunner, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<ProxyFacts> {
  const notes: string[] = [];
  const envProxy = proxyFromEnv(env);
  notes.push(...envProxy.notes);
  const gnome = await readGnomeProxy(run, notes, signal);
  const sources = [...envProxy.sources];
  if (gnome.mode !== null) sources.push('mode: gsettings org.gnome.system.proxy mode');
  if (gnome.servers.length > 0) sources.push('servers: gsettings org.gnome.system.proxy.{http,https,socks} host/port');
  if (gnome.pacUrl !== null) sources.push('pacUrl: gsettings org.gnome.system.proxy autoconfig-url');
  if (gnome.mode === 'manual' && gnome.servers.length === 0) notes.push('GNOME proxy mode is manual but names no host.');
  if (gnome.mode === 'none' && envProxy.servers.length > 0) notes.push('The environment names a proxy while the desktop settings are direct.');
  const servers = dedupeServers([...envProxy.servers, ...gnome.servers]);
  const mode = decideMode({
    pacUrl: gnome.pacUrl,
    manual: servers.length > 0,
    autoDetect: gnome.mode === 'auto' && gnome.pacUrl === null,
    // The environment is always readable, so an unset one is a reading: no proxy there. But a
    // gsettings that is installed and failed (hung, crashed, printed what cannot be read) leaves
    // the desktop's proxy, which browsers use, unknown: then "direct" would be a guess.
    anyRead: !gnome.unread,
  });
  return { mode, servers, pacUrl: gnome.pacUrl, bypass: [...envProxy.bypass, ...gnome.bypass], sources, notes };
}
