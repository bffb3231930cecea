import { readFileSync } from 'node:fs';
import type { CommandOutput, CommandRunner, CommandSpec } from '../../../../diagnostics/platform/command.js';

/** Reads a fixture beside these tests; Windows console text is decoded as latin1, as the runner does. */
export function fixture(name: string, encoding: BufferEncoding = 'utf8'): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), encoding);
}

/** What a fake command answers: its stdout, or a failure. */
export type FakeAnswer = string | { readonly stdout?: string; readonly stderr?: string; readonly exitCode?: number | null; readonly spawnError?: string; readonly timedOut?: boolean };

/** A key for a spec: the command and its arguments, space-joined. */
export const keyOf = (spec: CommandSpec): string => [spec.cmd, ...spec.args].join(' ');

/**
 * A CommandRunner that answers from a table keyed by `keyOf(spec)` and records what was asked.
 * An unknown command answers as a missing program (spawnError), like a tool not installed.
 */
export function fakeRunner(answers: Readonly<Record<string, FakeAnswer>>): CommandRunner & { readonly asked: string[] } {
  const asked: string[] = [];
  const run = (spec: CommandSpec): Promise<CommandOutput> => {
    const key = keyOf(spec);
    asked.push(key);
    const a = answers[key] ?? { spawnError: `spawn ${spec.cmd} ENOENT` };
    const o = typeof a === 'string' ? { stdout: a } : a;
    return Promise.resolve({
      cmd: spec.cmd,
      args: spec.args,
      stdout: o.stdout ?? '',
      stderr: o.stderr ?? '',
      exitCode: o.spawnError !== undefined ? null : (o.exitCode ?? 0),
      signal: null,
      timedOut: o.timedOut ?? false,
      truncated: false,
      durationMs: 5,
      ...(o.spawnError === undefined ? {} : { spawnError: o.spawnError }),
    });
  };
  return Object.assign(run, { asked });
}
