import type { CommandSpec } from '../command.js';

/** Windows: the adapter and the link it holds. Localized output; the parser reads its structure. */
export const netshInterfacesCommand: CommandSpec = {
  cmd: 'netsh',
  args: ['wlan', 'show', 'interfaces'],
  timeoutMs: 5000,
};

/** Windows: every access point the adapter heard in its last scan, one block per BSSID. */
export const netshNetworksCommand: CommandSpec = {
  cmd: 'netsh',
  args: ['wlan', 'show', 'networks', 'mode=bssid'],
  timeoutMs: 5000,
};

/** macOS: the Wi-Fi report as JSON (current network, other networks). Slow: it may take seconds. */
export const systemProfilerAirPortCommand: CommandSpec = {
  cmd: 'system_profiler',
  args: ['SPAirPortDataType', '-json'],
  timeoutMs: 20_000,
  maxOutputBytes: 4 * 1024 * 1024,
};

/** macOS: RSSI, noise and BSSID that system_profiler leaves out. Needs root, so usually denied. */
export const wdutilInfoCommand: CommandSpec = {
  cmd: 'wdutil',
  args: ['info'],
  timeoutMs: 8000,
};

/** The nmcli columns the parser expects, in this order. */
export const NMCLI_FIELDS = ['ACTIVE', 'SSID', 'BSSID', 'CHAN', 'FREQ', 'RATE', 'SIGNAL', 'SECURITY'] as const;

/** Linux: NetworkManager's scan list in terse form; the ACTIVE row is the joined network. */
export const nmcliWifiListCommand: CommandSpec = {
  cmd: 'nmcli',
  args: ['-t', '-f', NMCLI_FIELDS.join(','), 'device', 'wifi', 'list'],
  timeoutMs: 10_000,
};

/** Linux: the wireless interfaces with their type, SSID, channel and width. */
export const iwDevCommand: CommandSpec = {
  cmd: 'iw',
  args: ['dev'],
  timeoutMs: 3000,
};

/** Interface names are at most 15 characters of a safe set, never starting with "-" (iw would read an option). */
const IFNAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$/;

/** Linux: signal in dBm and bit rates of the link on one interface; null for an unusable name. */
export function iwLinkCommand(iface: string): CommandSpec | null {
  if (!IFNAME.test(iface)) return null;
  return { cmd: 'iw', args: ['dev', iface, 'link'], timeoutMs: 3000 };
}
