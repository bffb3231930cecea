import type { CommandSpec } from '../command.js';
import type { OsKind } from '../os-kind.js';
import { ipFamily } from './ip-literal.js';
import { powershellCommand } from '../powershell.js';

/**
 * How each OS is asked which route it would take to `address`. The address must be an IP literal:
 * it is spliced into a PowerShell command line on Windows, so anything else is a caller's bug.
 */
export function routeLookupCommand(os: OsKind, address: string): CommandSpec {
  const family = ipFamily(address);
  if (family === 0) throw new TypeError(`route lookup needs an IP literal, got ${JSON.stringify(address)}`);
  switch (os) {
    case 'linux':
      // `ip route get` picks the family from the address itself.
      return { cmd: 'ip', args: ['-j', 'route', 'get', address], timeoutMs: 3000 };
    case 'darwin':
      // route(8) reads an IPv6 literal as a host name unless told the family.
      return { cmd: 'route', args: family === 6 ? ['-n', 'get', '-inet6', address] : ['-n', 'get', address], timeoutMs: 3000 };
    case 'win32':
      // Quoted as well as validated: the literal is only hex digits, dots and colons.
      return powershellCommand(`Find-NetRoute -RemoteIPAddress '${address}' | Select-Object InterfaceAlias,NextHop,IPAddress | ConvertTo-Json`);
  }
}
