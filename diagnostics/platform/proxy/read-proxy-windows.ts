import type { CommandRunner } from '../command.js';
import { commandFailure } from '../command-failure.js';
import { netshWinhttpProxyCommand, regConnectionSettingsCommand, regInternetSettingsCommand } from './command.js';
import { parseConnectionFlags, parseInternetSettings } from './parse-internet-settings.js';
import { parseNetshWinhttp } from './parse-netsh-winhttp.js';
import { dedupeServers, parseProxyList, splitBypass } from './proxy-address.js';
import { decideMode } from './proxy-mode.js';
import type { ProxyFacts, ProxyServer } from './types.js';

const IS = 'HKCU Internet Settings';

/**
 * Reads the user's Internet Settings (what browsers and most apps follow) and the WinHTTP proxy
 * (what services use). The user's settings decide the mode; WinHTTP fills in only when they name
 * no proxy, and a disagreement is noted because it explains "the browser works, updates fail".
 */
export async function readProxyWindows(run: CommandRunner, signal?: AbortSignal): Promise<ProxyFacts> {
  const [regOut, connOut, netshOut] = await Promise.all([
    run(regInternetSettingsCommand, signal),
    run(regConnectionSettingsCommand, signal),
    run(netshWinhttpProxyCommand, signal),
  ]);
  const notes: string[] = [];
  const sources: string[] = [];
  const regFailure = commandFailure(regOut);
  if (regFailure !== null) notes.push(`Internet Settings not read: ${regFailure}`);
  const is = parseInternetSettings(regFailure === null ? regOut.stdout : '');
  // A missing Connections value is normal on a fresh profile; only say so when the tool broke.
  const flags = connOut.spawnError === undefined && !connOut.timedOut ? parseConnectionFlags(connOut.stdout) : null;
  const netshFailure = commandFailure(netshOut);
  if (netshFailure !== null) notes.push(`WinHTTP proxy not read: ${netshFailure}`);
  const winhttp = parseNetshWinhttp(netshFailure === null ? netshOut.stdout : '');

  let servers: ProxyServer[] = [];
  let bypass: string[] = [];
  const manual = is.proxyEnable === true && is.proxyServer !== null;
  if (manual) {
    const list = parseProxyList(is.proxyServer!);
    servers = list.servers;
    if (list.hadCredentials) notes.push('ProxyServer carries a user name and password (not shown).');
    sources.push(`servers: ProxyServer (${IS})`, `mode: ProxyEnable (${IS})`);
    if (is.proxyOverride !== null) {
      bypass = splitBypass(is.proxyOverride);
      sources.push(`bypass: ProxyOverride (${IS})`);
    }
  } else if (is.proxyServer !== null) {
    notes.push(`A proxy server is stored (${is.proxyServer.slice(0, 200)}) but switched off.`);
  }
  if (is.autoConfigUrl !== null) sources.push(`pacUrl: AutoConfigURL (${IS})`);
  const autoDetect = flags?.autoDetect === true;
  if (autoDetect) sources.push(`autoDetect: DefaultConnectionSettings (${IS}\\Connections)`);

  const userNamesProxy = manual || is.autoConfigUrl !== null;
  if (winhttp.state === 'proxy') {
    if (!userNamesProxy) {
      servers = [...servers, ...winhttp.servers];
      bypass = [...bypass, ...winhttp.bypass];
      sources.push('servers: netsh winhttp show proxy');
      notes.push('Only WinHTTP (used by Windows services) has a proxy; the user settings are direct or automatic.');
    } else {
      notes.push(`WinHTTP (used by Windows services) has its own proxy: ${winhttp.servers.map((s) => `${s.host}:${String(s.port ?? '')}`).join(', ')}.`);
    }
  } else if (winhttp.state === 'direct' && userNamesProxy) {
    notes.push('WinHTTP (used by Windows services) goes direct while the user settings name a proxy.');
  }

  const mode = decideMode({
    pacUrl: is.autoConfigUrl,
    manual: manual || winhttp.state === 'proxy',
    autoDetect,
    anyRead: is.read || winhttp.state !== 'unknown',
  });
  if (mode === 'pac' && autoDetect) notes.push('Automatically detect settings (WPAD) is on as well.');
  return { mode, servers: dedupeServers(servers), pacUrl: is.autoConfigUrl, bypass, sources, notes };
}
