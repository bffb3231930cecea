import type { CommandOutput, CommandRunner, CommandSpec } from '../../../../diagnostics/platform/command.js';
import type { OsKind } from '../../../../diagnostics/platform/os-kind.js';

/** How the simulated path treats a packet bigger than its MTU. */
export type Oversize = 'icmp' | 'silent' | 'local';

/**
 * A CommandRunner that plays ping over a path with the given MTU, printing what each OS's ping
 * prints: replies, "Frag needed" from a hop (icmp), a local refusal (local), or nothing (silent).
 */
export function simulatedPath(os: OsKind, pathMtu: number, oversize: Oversize): CommandRunner & { readonly sizes: number[] } {
  const sizes: number[] = [];
  const run = (spec: CommandSpec): Promise<CommandOutput> => {
    const i = spec.args.findIndex((a) => a === '-s' || a === '-l');
    const size = Number(spec.args[i + 1]);
    sizes.push(size);
    const fits = size + 28 <= pathMtu;
    let stdout = '';
    let stderr = '';
    if (os === 'win32') {
      const line = fits ? `Reply from 192.0.2.1: bytes=${size} time=1ms TTL=64` : oversize === 'silent' ? 'Request timed out.' : 'Packet needs to be fragmented but DF set.';
      stdout = `\r\nPinging 192.0.2.1 with ${size} bytes of data:\r\n${line}\r\n${line}\r\n`;
    } else if (fits) {
      stdout = `${size + 8} bytes from 192.0.2.1: icmp_seq=1 ttl=64 time=0.1 ms\n`;
    } else if (oversize === 'icmp') {
      stdout = os === 'linux' ? `From 192.0.2.254 icmp_seq=1 Frag needed and DF set (mtu = ${pathMtu})\n` : `36 bytes from 192.0.2.254: frag needed and DF set (MTU ${pathMtu})\n`;
    } else if (oversize === 'local') {
      stderr = os === 'linux' ? `ping: local error: message too long, mtu=${pathMtu}\n` : 'ping: sendto: Message too long\n';
    }
    return Promise.resolve({ cmd: spec.cmd, args: spec.args, stdout, stderr, exitCode: fits ? 0 : 1, signal: null, timedOut: false, truncated: false, durationMs: 1 });
  };
  return Object.assign(run, { sizes });
}
