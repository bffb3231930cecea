import type { CommandOutput, CommandRunner, CommandSpec } from '../../../../diagnostics/platform/command.js';

/** A runner that also remembers what it was asked to run, and when. */
export type RecordingRunner = CommandRunner & { readonly calls: CommandSpec[]; readonly startedAt: number[] };

/** A finished command's output with the given text. */
export function output(spec: CommandSpec, stdout: string, extra: Partial<CommandOutput> = {}): CommandOutput {
  return { cmd: spec.cmd, args: spec.args, stdout, stderr: '', exitCode: 0, signal: null, timedOut: false, truncated: false, durationMs: 1, ...extra };
}

/** Wraps a function from spec to output into a recording runner. */
export function recording(answer: (spec: CommandSpec, callIndex: number, signal?: AbortSignal) => Promise<CommandOutput> | CommandOutput): RecordingRunner {
  const calls: CommandSpec[] = [];
  const startedAt: number[] = [];
  const run = async (spec: CommandSpec, signal?: AbortSignal): Promise<CommandOutput> => {
    calls.push(spec);
    startedAt.push(performance.now());
    return answer(spec, calls.length - 1, signal);
  };
  return Object.assign(run, { calls, startedAt });
}

/** The value after an option in a ping argument list, as a number. */
export function optionValue(spec: CommandSpec, option: string): number {
  const i = spec.args.indexOf(option);
  return i < 0 ? NaN : Number(spec.args[i + 1]);
}

/**
 * iputils-style output for `count` echoes where `lost(seq)` decides which go unanswered
 * (sequence numbers from `firstSeq`), with the statistics lines ping prints at the end.
 */
export function linuxOutput(target: string, count: number, lost: (seq: number) => boolean, rtt: (seq: number) => number = () => 10): string {
  const lines = [`PING ${target} (${target}) 56(84) bytes of data.`];
  let received = 0;
  for (let seq = 1; seq <= count; seq++) {
    if (lost(seq)) continue;
    received++;
    lines.push(`64 bytes from ${target}: icmp_seq=${seq} ttl=62 time=${rtt(seq).toFixed(3)} ms`);
  }
  lines.push('', `--- ${target} ping statistics ---`, `${count} packets transmitted, ${received} received, ${((100 * (count - received)) / count).toFixed(0)}% packet loss, time 1ms`, '');
  return lines.join('\n');
}

/** ping.exe-style English output for `count` echoes where `lost(i)` decides which time out. */
export function windowsOutput(target: string, count: number, lost: (i: number) => boolean): string {
  const lines = ['', `Pinging ${target} with 32 bytes of data:`];
  let received = 0;
  for (let i = 0; i < count; i++) {
    if (lost(i)) lines.push('Request timed out.');
    else {
      received++;
      lines.push(`Reply from ${target}: bytes=32 time=${20 + (i % 3)}ms TTL=57`);
    }
  }
  lines.push('', `Ping statistics for ${target}:`, `    Packets: Sent = ${count}, Received = ${received}, Lost = ${count - received} (0% loss),`);
  return lines.join('\r\n');
}
