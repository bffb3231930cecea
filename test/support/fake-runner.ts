import type { CommandOutput, CommandRunner, CommandSpec } from '../../diagnostics/platform/command.js';

/** How a fake command answers: its stdout, or the parts of a finished command that matter. */
export type Answer = string | Partial<Pick<CommandOutput, 'stdout' | 'stderr' | 'exitCode' | 'signal' | 'spawnError' | 'timedOut' | 'truncated'>>;

/** The key a fake runner answers by: the command and its arguments, space-joined. */
export const keyOf = (spec: CommandSpec): string => [spec.cmd, ...spec.args].join(' ');

/** A finished command as runCommand would return it. */
export function fakeOutput(spec: CommandSpec, answer: Answer): CommandOutput {
  const a = typeof answer === 'string' ? { stdout: answer } : answer;
  return {
    cmd: spec.cmd,
    args: spec.args,
    stdout: a.stdout ?? '',
    stderr: a.stderr ?? '',
    // An explicit `exitCode: null` (killed, timed out) stays null.
    exitCode: a.spawnError !== undefined ? null : a.exitCode === undefined ? 0 : a.exitCode,
    signal: a.signal ?? null,
    timedOut: a.timedOut ?? false,
    truncated: a.truncated ?? false,
    durationMs: 1,
    ...(a.spawnError === undefined ? {} : { spawnError: a.spawnError }),
  };
}

/**
 * The one fake CommandRunner of the tests: answers from a table keyed by `keyOf(spec)` and
 * records what was asked, in order. An unknown command answers as a program that is not
 * installed (spawnError), which is what a reader meets on a machine without that tool.
 */
export function fakeRunner(answers: Readonly<Record<string, Answer>>): CommandRunner & { readonly asked: string[] } {
  const asked: string[] = [];
  const run: CommandRunner = (spec) => {
    const key = keyOf(spec);
    asked.push(key);
    return Promise.resolve(fakeOutput(spec, answers[key] ?? { spawnError: `spawn ${spec.cmd} ENOENT` }));
  };
  return Object.assign(run, { asked });
}
