import { isIP } from 'node:net';
import type { CommandSpec } from '../../platform/command.js';
import type { OsKind } from '../../platform/os-kind.js';
import type { PingOptions } from './types.js';

const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;

/** An address or host name that is safe as a ping argument (never an option, never two words). */
export function isPingTarget(target: string): boolean {
  return isIP(target) !== 0 || HOST_NAME.test(target);
}

const seconds = (ms: number): string => String(Math.round(ms) / 1000);

/** The system ping for one run; the command is data, run without a shell. */
export function pingCommand(os: OsKind, o: PingOptions): CommandSpec {
  if (!isPingTarget(o.target)) throw new TypeError(`not a ping target: ${JSON.stringify(o.target)}`);
  const v6 = isIP(o.target) === 6;
  const timeoutMs = o.count * o.intervalMs + o.replyTimeoutMs + 3000;
  switch (os) {
    case 'linux':
      return {
        cmd: 'ping',
        args: [
          ...(v6 ? ['-6'] : []),
          '-n',
          '-c', String(o.count),
          '-i', seconds(o.intervalMs),
          '-W', seconds(Math.max(o.replyTimeoutMs, 1000)),
          ...(o.ttl !== undefined ? ['-t', String(o.ttl)] : []),
          ...(o.payloadBytes !== undefined ? ['-s', String(o.payloadBytes)] : []),
          ...(o.dontFragment ? ['-M', 'do'] : []),
          o.target,
        ],
        timeoutMs,
      };
    case 'darwin':
      return {
        cmd: v6 ? 'ping6' : 'ping',
        args: [
          '-n',
          '-c', String(o.count),
          '-i', seconds(o.intervalMs),
          '-W', String(o.replyTimeoutMs),
          ...(o.ttl !== undefined ? ['-m', String(o.ttl)] : []),
          ...(o.payloadBytes !== undefined ? ['-s', String(o.payloadBytes)] : []),
          ...(o.dontFragment ? ['-D'] : []),
          o.target,
        ],
        timeoutMs,
      };
    case 'win32':
      // ping.exe has no interval option: it sends one echo a second (sooner after a reply).
      return {
        cmd: 'ping',
        args: [
          ...(v6 ? ['-6'] : ['-4']),
          '-n', String(o.count),
          '-w', String(o.replyTimeoutMs),
          ...(o.ttl !== undefined ? ['-i', String(o.ttl)] : []),
          ...(o.payloadBytes !== undefined ? ['-l', String(o.payloadBytes)] : []),
          ...(o.dontFragment ? ['-f'] : []),
          o.target,
        ],
        timeoutMs: o.count * (1000 + o.replyTimeoutMs) + 3000,
      };
  }
}
