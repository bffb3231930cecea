import { readdirSync, readFileSync } from 'node:fs';
import type { CommandOutput, CommandRunner, CommandSpec } from '../../diagnostics/platform/command.js';

/**
 * Readers for one folder of captured command output. A fixture comes back as the runner would
 * hand it over: Windows output (`win-*`) decoded as latin1, as runCommand does on win32 (the de/sv
 * files are in code page 850 as the console writes them), everything else as UTF-8.
 */
export function fixturesIn(dir: URL): { fixture: (name: string) => string; fixturesStartingWith: (prefix: string) => string[] } {
  return {
    fixture: (name) => readFileSync(new URL(name, dir), name.startsWith('win-') ? 'latin1' : 'utf8'),
    fixturesStartingWith: (prefix) => readdirSync(dir).filter((f) => f.startsWith(prefix)).sort(),
  };
}

/** How a fake command answers. */
export type Answer = Partial<Pick<CommandOutput, 'stdout' | 'stderr' | 'exitCode' | 'spawnError' | 'timedOut'>>;

/** A runner that answers from a table keyed by "cmd arg arg…"; unknown commands are "not installed". */
export function fakeRunner(answers: Record<string, Answer>): { run: CommandRunner; calls: string[] } {
  const calls: string[] = [];
  const run: CommandRunner = async (spec: CommandSpec) => {
    const key = [spec.cmd, ...spec.args].join(' ');
    calls.push(key);
    const a = answers[key] ?? { spawnError: `spawn ${spec.cmd} ENOENT` };
    return {
      cmd: spec.cmd,
      args: spec.args,
      stdout: a.stdout ?? '',
      stderr: a.stderr ?? '',
      exitCode: a.spawnError !== undefined ? null : (a.exitCode ?? 0),
      signal: null,
      timedOut: a.timedOut ?? false,
      truncated: false,
      durationMs: 1,
      ...(a.spawnError !== undefined ? { spawnError: a.spawnError } : {}),
    };
  };
  return { run, calls };
}
