import type { CommandSpec } from '../../platform/command.js';
import type { OsKind } from '../../platform/os-kind.js';

/** IPv4 header (20) plus ICMP echo header (8): the bytes a ping adds to its payload. */
export const IPV4_ICMP_OVERHEAD = 28;

/** The largest ICMP payload an IPv4 packet can carry (65535 − 28). */
export const MAX_PAYLOAD = 65_507;

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
// A host name ping will not take for an option: letters, digits, dots and hyphens, no leading "-".
const HOST_NAME = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,252})$/;

/** True for an IPv4 literal or a host name; false for IPv6 (other overhead, no DF bit) and junk. */
export function isMtuTarget(target: string): boolean {
  return typeof target === 'string' && (IPV4.test(target) || (HOST_NAME.test(target) && !/^[\d.]+$/.test(target)));
}

/**
 * One don't-fragment ping of `payload` data bytes, two echoes so one lost packet is not a verdict;
 * null for a target or size it must not run with. Names get "-4" where ping could pick IPv6.
 */
export function dfPingCommand(os: OsKind, target: string, payload: number): CommandSpec | null {
  if (!isMtuTarget(target) || !Number.isInteger(payload) || payload < 0 || payload > MAX_PAYLOAD) return null;
  const size = String(payload);
  const v4 = IPV4.test(target) ? [] : ['-4'];
  switch (os) {
    case 'linux':
      // -M do: set DF and never fragment locally; -n: no reverse lookups; -i 0.2: second echo sooner.
      return { cmd: 'ping', args: [...v4, '-n', '-M', 'do', '-s', size, '-c', '2', '-W', '1', '-i', '0.2', target], timeoutMs: 5000 };
    case 'darwin':
      // -D: set DF; -t 3: give up after 3 s in all (macOS ping is IPv4 only).
      return { cmd: 'ping', args: ['-n', '-D', '-s', size, '-c', '2', '-t', '3', target], timeoutMs: 6000 };
    case 'win32':
      // -f: set DF; -l: payload size; -w: wait per echo in ms.
      return { cmd: 'ping', args: [...v4, '-f', '-l', size, '-n', '2', '-w', '1000', target], timeoutMs: 8000 };
  }
}
