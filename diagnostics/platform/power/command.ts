import type { CommandSpec } from '../command.js';
import { powershellCommand } from '../powershell.js';

/** Windows: the active power scheme's GUID (not localized) and name (localized). */
export const powercfgActiveSchemeCommand: CommandSpec = {
  cmd: 'powercfg',
  args: ['/getactivescheme'],
  timeoutMs: 5000,
};

/** GUID of the "Wireless Adapter Settings" subgroup and its "Power Saving Mode" setting. */
export const WIFI_POWER_SUBGROUP = '19cbb8fa-5279-450e-9fac-8a3d5fedd0c1';
/** GUID of the Wi-Fi "Power Saving Mode" setting (0 maximum performance … 3 maximum power saving). */
export const WIFI_POWER_SETTING = '12bbebe6-58d6-4636-95bb-3217ef867c1a';

/** Windows: the Wi-Fi adapter's power saving mode in the active scheme, on mains and on battery. */
export const powercfgWifiPowerCommand: CommandSpec = {
  cmd: 'powercfg',
  args: ['/query', 'SCHEME_CURRENT', WIFI_POWER_SUBGROUP, WIFI_POWER_SETTING],
  timeoutMs: 5000,
};

/** Windows: battery status and charge as JSON; nothing at all on a machine without a battery. */
export const win32BatteryCommand: CommandSpec = powershellCommand(
  'Get-CimInstance Win32_Battery | Select-Object BatteryStatus,EstimatedChargeRemaining | ConvertTo-Json',
);

/** macOS: the power source in use and each battery's charge and state. */
export const pmsetBattCommand: CommandSpec = { cmd: 'pmset', args: ['-g', 'batt'], timeoutMs: 5000 };

/** macOS: the power settings in use, including lowpowermode. */
export const pmsetSettingsCommand: CommandSpec = { cmd: 'pmset', args: ['-g'], timeoutMs: 5000 };

/** Linux: power-profiles-daemon's active profile (power-saver, balanced, performance). */
export const powerProfilesGetCommand: CommandSpec = { cmd: 'powerprofilesctl', args: ['get'], timeoutMs: 3000 };

/** Interface names are at most 15 characters of a safe set, never starting with "-" (iw would read an option). */
const IFNAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,14}$/;

/** Linux: whether the Wi-Fi interface saves power; null for an unusable interface name. */
export function iwPowerSaveCommand(iface: string): CommandSpec | null {
  if (!IFNAME.test(iface)) return null;
  return { cmd: 'iw', args: ['dev', iface, 'get', 'power_save'], timeoutMs: 3000 };
}
