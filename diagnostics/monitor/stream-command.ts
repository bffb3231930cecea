import { isIP } from 'node:net';
import { isPingTarget } from '../net/ping/command.js';
import type { OsKind } from '../platform/os-kind.js';

/** Bytes of echo payload: enough for a timestamp, small enough to keep the monitor near 1 kB/s. */
export const MONITOR_PAYLOAD_BYTES = 16;

/**
 * One ping that runs until killed, one echo per `intervalMs`, each line printed as it happens, as
 * an argument array for spawn (never a shell). iputils -O prints a line for an echo that got no
 * answer before the next was sent; macOS prints "Request timeout" by itself; ping.exe -t prints
 * one line per echo. Throws a TypeError on a target ping could misread (callers pass addresses).
 */
export function streamPingCommand(os: OsKind, target: string, intervalMs: number): { cmd: string; args: string[] } {
  if (!isPingTarget(target)) throw new TypeError(`not a ping target: ${JSON.stringify(target)}`);
  if (!Number.isInteger(intervalMs) || intervalMs < 200 || intervalMs > 60_000) throw new TypeError(`monitor interval out of range: ${intervalMs}`);
  const v6 = isIP(target) === 6;
  const seconds = String(intervalMs / 1000);
  const size = String(MONITOR_PAYLOAD_BYTES);
  switch (os) {
    case 'linux':
      return { cmd: 'ping', args: [...(v6 ? ['-6'] : []), '-n', '-O', '-i', seconds, '-W', '1', '-s', size, target] };
    case 'darwin':
      return { cmd: v6 ? 'ping6' : 'ping', args: ['-n', '-i', seconds, '-s', size, target] };
    case 'win32':
      // ping.exe has no interval: it sends one echo a second (or one per reply timeout).
      return { cmd: 'ping', args: [v6 ? '-6' : '-4', '-t', '-w', '1000', '-l', size, target] };
  }
}
