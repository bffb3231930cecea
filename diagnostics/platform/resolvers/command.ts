import type { CommandSpec } from '../command.js';
import { powershellCommand } from '../powershell.js';

/** Linux: the resolver configuration every program's C library reads. */
export const RESOLV_CONF_PATH = '/etc/resolv.conf';

/** Linux: systemd-resolved's list of the upstream servers behind its local stub. */
export const RESOLVED_UPSTREAM_PATH = '/run/systemd/resolve/resolv.conf';

/** macOS: the resolver configuration as the system resolver uses it (default, supplemental, scoped). */
export const SCUTIL_DNS: CommandSpec = { cmd: 'scutil', args: ['--dns'], timeoutMs: 4000 };

/** Windows: the DNS servers per adapter as JSON, the same in every display language. */
export const WINDOWS_DNS_JSON: CommandSpec = powershellCommand(
  'Get-DnsClientServerAddress -AddressFamily IPv4 | Select-Object InterfaceAlias,InterfaceIndex,ServerAddresses | ConvertTo-Json',
);

/** Windows fallback when PowerShell is missing or blocked: localized text, read by structure. */
export const IPCONFIG_ALL: CommandSpec = { cmd: 'ipconfig', args: ['/all'], timeoutMs: 8000 };
