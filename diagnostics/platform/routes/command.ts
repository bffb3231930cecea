import type { CommandSpec } from '../command.js';
import type { OsKind } from '../os-kind.js';
import { powershellCommand } from '../powershell.js';

/** How each OS is asked for its IPv4 default route. */
export function defaultRouteCommand(os: OsKind): CommandSpec {
  switch (os) {
    case 'linux':
      return { cmd: 'ip', args: ['-4', 'route', 'show', 'default'], timeoutMs: 3000 };
    case 'darwin':
      return { cmd: 'route', args: ['-n', 'get', 'default'], timeoutMs: 3000 };
    case 'win32':
      // PowerShell's JSON is the same in every display language, unlike `route print`.
      return powershellCommand(
        'Get-NetRoute -AddressFamily IPv4 -DestinationPrefix 0.0.0.0/0 | Sort-Object RouteMetric | Select-Object NextHop,InterfaceAlias,RouteMetric | ConvertTo-Json',
      );
  }
}
