import type { CommandSpec } from '../command.js';

/** The per-user proxy settings that browsers and most apps on Windows follow. */
export const INTERNET_SETTINGS_KEY = 'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings';

/** Windows: the WinHTTP proxy that services and some updaters use. Localized output. */
export const netshWinhttpProxyCommand: CommandSpec = {
  cmd: 'netsh',
  args: ['winhttp', 'show', 'proxy'],
  timeoutMs: 5000,
};

/** Windows: the user's Internet Settings values (ProxyEnable, ProxyServer, ProxyOverride, AutoConfigURL). */
export const regInternetSettingsCommand: CommandSpec = {
  cmd: 'reg',
  args: ['query', INTERNET_SETTINGS_KEY],
  timeoutMs: 5000,
};

/**
 * Windows: the binary blob whose flags byte holds "Automatically detect settings" (WPAD), which
 * no plain value of the Internet Settings key records.
 */
export const regConnectionSettingsCommand: CommandSpec = {
  cmd: 'reg',
  args: ['query', `${INTERNET_SETTINGS_KEY}\\Connections`, '/v', 'DefaultConnectionSettings'],
  timeoutMs: 5000,
};

/** macOS: the proxy dictionary of the primary network service, as the system resolves it. */
export const scutilProxyCommand: CommandSpec = {
  cmd: 'scutil',
  args: ['--proxy'],
  timeoutMs: 5000,
};

/** The GNOME proxy keys that readProxy asks for, each by its schema. */
export type GsettingsProxyKey =
  | 'mode'
  | 'autoconfig-url'
  | 'ignore-hosts'
  | 'http.host'
  | 'http.port'
  | 'https.host'
  | 'https.port'
  | 'socks.host'
  | 'socks.port';

/**
 * Linux: one GNOME proxy key. Keys are asked for one by one, never with list-recursively, because
 * the recursive listing prints the stored proxy password into the recorded evidence.
 */
export function gsettingsProxyCommand(key: GsettingsProxyKey): CommandSpec {
  const dot = key.indexOf('.');
  const schema = dot < 0 ? 'org.gnome.system.proxy' : `org.gnome.system.proxy.${key.slice(0, dot)}`;
  return { cmd: 'gsettings', args: ['get', schema, dot < 0 ? key : key.slice(dot + 1)], timeoutMs: 3000 };
}
