import type { CommandSpec } from '../command.js';
import { powershellCommand } from '../powershell.js';

/**
 * Linux: NetworkManager's global Metered property over D-Bus (the primary connection's NMMetered
 * as a number), in busctl's JSON form: `{"type":"u","data":4}`.
 */
export const nmMeteredDbusCommand: CommandSpec = {
  cmd: 'busctl',
  args: ['--system', '--json=short', 'get-property', 'org.freedesktop.NetworkManager', '/org/freedesktop/NetworkManager', 'org.freedesktop.NetworkManager', 'Metered'],
  timeoutMs: 3000,
};

/** Linux, when busctl is missing: each device's name and metered state in nmcli's terse form. */
export const nmcliMeteredCommand: CommandSpec = {
  cmd: 'nmcli',
  args: ['-t', '-f', 'GENERAL.DEVICE,GENERAL.METERED', 'device', 'show'],
  timeoutMs: 5000,
};

/**
 * Windows: the internet connection profile's cost as numbers (NetworkCostType 0 unknown,
 * 1 unrestricted, 2 fixed, 3 variable) plus the roaming and over-limit flags, as JSON. No output
 * when Windows has no internet connection profile.
 */
export const windowsConnectionCostCommand: CommandSpec = powershellCommand(
  '$p=[Windows.Networking.Connectivity.NetworkInformation,Windows.Networking.Connectivity,ContentType=WindowsRuntime]::GetInternetConnectionProfile(); ' +
    'if($p){$c=$p.GetConnectionCost(); [pscustomobject]@{NetworkCostType=[int]$c.NetworkCostType; Roaming=[bool]$c.Roaming; OverDataLimit=[bool]$c.OverDataLimit} | ConvertTo-Json -Compress}',
);
