import { isIP } from 'node:net';
import type { CommandSpec } from '../../platform/command.js';
import type { OsKind } from '../../platform/os-kind.js';
import type { PingOptions } from './types.js';

export type { PingOptions } from './types.js';

// Letters, digits, hyphens and dots in RFC 1123 labels: nothing a ping could read as an option
// (a leading "-") or a shell could read as anything (no shell is used, but belt and braces).
const HOST_NAME = /^(?=.{1,253}\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;

/** True for an IPv4/IPv6 address or a host name that is safe as ping's last argument. */
export function isPingTarget(target: string): boolean {
  return isIP(target) !== 0 || HOST_NAME.test(target);
}

/** Extra time on top of the echoes' own schedule, for process start and resolving a name. */
const MARGIN_MS = 3000;

const seconds = (ms: number): string => String(Math.round(ms) / 1000);

function checkOptions(o: PingOptions): void {
  if (!isPingTarget(o.target)) throw new TypeError(`not a ping target: ${JSON.stringify(o.target)}`);
  const whole = (name: string, v: number | undefined, min: number, max: number): void => {
    if (v !== undefined && !(Number.isInteger(v) && v >= min && v <= max)) throw new TypeError(`ping ${name} out of range: ${v}`);
  };
  whole('count', o.count, 1, 100_000);
  whole('intervalMs', o.intervalMs, 1, 60_000);
  whole('replyTimeoutMs', o.replyTimeoutMs, 1, 60_000);
  whole('ttl', o.ttl, 1, 255);
  whole('payloadBytes', o.payloadBytes, 0, 65_500);
}

/**
 * The system ping for one run as data (run without a shell): iputils on Linux, BSD ping on macOS,
 * ping.exe on Windows. Throws a TypeError on a bad target or option: callers must not pass one.
 */
export function pingCommand(os: OsKind, o: PingOptions): CommandSpec {
  checkOptions(o);
  const v6 = isIP(o.target) === 6;
  const schedule = (o.count - 1) * o.intervalMs + o.replyTimeoutMs + MARGIN_MS;
  switch (os) {
    case 'linux':
      return {
        cmd: 'ping',
        args: [
          ...(v6 ? ['-6'] : []),
          '-n',
          '-c', String(o.count),
          '-i', seconds(o.intervalMs),
          // iputils reads -W in seconds; below one it would wait for nothing on older versions.
          '-W', seconds(Math.max(o.replyTimeoutMs, 1000)),
          ...(o.ttl !== undefined ? ['-t', String(o.ttl)] : []),
          ...(o.payloadBytes !== undefined ? ['-s', String(o.payloadBytes)] : []),
          ...(o.dontFragment ? ['-M', 'do'] : []),
          o.target,
        ],
        timeoutMs: schedule + Math.max(0, 1000 - o.replyTimeoutMs),
      };
    case 'darwin':
      // macOS keeps IPv6 in ping6 (KAME options: -h hop limit, -D no fragmenting, no reply wait).
      if (v6) {
        return {
          cmd: 'ping6',
          args: [
            '-n',
            '-c', String(o.count),
            '-i', seconds(o.intervalMs),
            ...(o.ttl !== undefined ? ['-h', String(o.ttl)] : []),
            ...(o.payloadBytes !== undefined ? ['-s', String(o.payloadBytes)] : []),
            ...(o.dontFragment ? ['-D'] : []),
            o.target,
          ],
          timeoutMs: schedule,
        };
      }
      return {
        cmd: 'ping',
        args: [
          '-n',
          '-c', String(o.count),
          '-i', seconds(o.intervalMs),
          '-W', String(o.replyTimeoutMs), // milliseconds on macOS, unlike iputils
          ...(o.ttl !== undefined ? ['-m', String(o.ttl)] : []),
          ...(o.payloadBytes !== undefined ? ['-s', String(o.payloadBytes)] : []),
          ...(o.dontFragment ? ['-D'] : []),
          o.target,
        ],
        timeoutMs: schedule,
      };
    case 'win32':
      // ping.exe has no interval option: it sends about one echo a second, or one per reply
      // timeout when that is longer, so the interval asked for is ignored.
      return {
        cmd: 'ping',
        args: [
          // -4 for names too: IPv6 replies print no TTL, and one address family keeps runs comparable.
          v6 ? '-6' : '-4',
          '-n', String(o.count),
          '-w', String(o.replyTimeoutMs),
          ...(o.ttl !== undefined ? ['-i', String(o.ttl)] : []),
          ...(o.payloadBytes !== undefined ? ['-l', String(o.payloadBytes)] : []),
          ...(o.dontFragment ? ['-f'] : []),
          o.target,
        ],
        timeoutMs: o.count * Math.max(1000, o.replyTimeoutMs) + o.replyTimeoutMs + MARGIN_MS,
      };
  }
}
