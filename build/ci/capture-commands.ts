import type { CommandSpec } from '../../diagnostics/platform/command.js';
import type { OsKind } from '../../diagnostics/platform/os-kind.js';
import { echoCommand } from '../../diagnostics/net/ping/echo-script.js';
import { powershellCommand } from '../../diagnostics/platform/powershell.js';
import { CIM_QUERIES } from '../../diagnostics/platform/windows-cim/queries.js';

// What CI captures on each real runner for the corpus (test/fixtures/real/): the commands whose
// output the engine's parsers read, as data. Pings go to loopback only. Runners are not home
// machines (no Wi-Fi, no VPN), so these captures grow the corpus's OS versions and languages, not its
// network situations; a command the runner lacks is recorded as such, not dropped.

/** One capture: the file name it is saved under and the command. */
export interface Capture {
  readonly name: string;
  readonly spec: CommandSpec;
}

const cmd = (name: string, command: string, args: readonly string[], timeoutMs = 15_000): Capture => ({ name, spec: { cmd: command, args, timeoutMs } });

const WINDOWS: readonly Capture[] = [
  cmd('ipconfig-all', 'ipconfig', ['/all']),
  cmd('netsh-wlan-interfaces', 'netsh', ['wlan', 'show', 'interfaces']),
  cmd('netsh-wlan-networks', 'netsh', ['wlan', 'show', 'networks', 'mode=bssid']),
  cmd('netsh-winhttp-proxy', 'netsh', ['winhttp', 'show', 'proxy']),
  cmd('ping-loopback', 'ping', ['-n', '4', '127.0.0.1']),
  cmd('route-print', 'route', ['print', '-4']),
  cmd('chcp', 'chcp.com', []),
  ...CIM_QUERIES.map((q) => ({ name: q.name, spec: powershellCommand(q.script, 30_000) })),
  // Echo JSON, so real outputs of the structured echo reader come back (none was found published).
  { name: 'echo-dotnet-ping-loopback', spec: { ...echoCommand({ target: '127.0.0.1', count: 4, intervalMs: 200, replyTimeoutMs: 1000 }), timeoutMs: 30_000 } },
  {
    name: 'win32-pingstatus-loopback',
    spec: powershellCommand(
      "Get-CimInstance Win32_PingStatus -Filter \"Address='127.0.0.1'\" | Select-Object Address,ProtocolAddress,StatusCode,ResponseTime,PrimaryAddressResolutionStatus | ConvertTo-Json -Compress",
      30_000,
    ),
  },
];

const MACOS: readonly Capture[] = [
  cmd('sw-vers', 'sw_vers', []),
  cmd('networksetup-hardwareports', 'networksetup', ['-listallhardwareports']),
  cmd('networksetup-services', 'networksetup', ['-listallnetworkservices']),
  cmd('scutil-nc-list', 'scutil', ['--nc', 'list']),
  cmd('scutil-proxy', 'scutil', ['--proxy']),
  cmd('scutil-dns', 'scutil', ['--dns']),
  cmd('ifconfig', 'ifconfig', []),
  cmd('netstat-routes', 'netstat', ['-rn']),
  cmd('ping-loopback', 'ping', ['-c', '4', '127.0.0.1']),
  // wdutil needs root; the hosted runners allow sudo without a password (-n: never ask).
  cmd('wdutil-info', 'sudo', ['-n', 'wdutil', 'info']),
  cmd('system-profiler-airport', 'system_profiler', ['SPAirPortDataType', '-json'], 60_000),
];

const LINUX: readonly Capture[] = [
  cmd('os-release', 'cat', ['/etc/os-release']),
  cmd('ip-addr', 'ip', ['-d', '-j', 'addr', 'show']),
  cmd('ip-route', 'ip', ['-j', 'route', 'show']),
  cmd('nmcli-dev', 'nmcli', ['-t', 'dev']),
  cmd('iw-dev', 'iw', ['dev']),
  cmd('resolvectl-status', 'resolvectl', ['status']),
  cmd('ping-loopback', 'ping', ['-c', '4', '127.0.0.1']),
];

/** The captures for one OS. */
export function capturesFor(os: OsKind): readonly Capture[] {
  switch (os) {
    case 'win32':
      return WINDOWS;
    case 'darwin':
      return MACOS;
    case 'linux':
      return LINUX;
  }
}
