import { readFileSync } from 'node:fs';
import type { CommandOutput, CommandRunner, CommandSpec } from '../../../../diagnostics/platform/command.js';
import type { ReadTextFile } from '../../../../diagnostics/platform/citrix/types.js';

/** Reads a fixture beside these tests; Windows console text is decoded as latin1, as the runner does. */
export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), name.startsWith('win-') ? 'latin1' : 'utf8');
}

/** What a fake command answers. */
export interface FakeAnswer {
  readonly stdout?: string;
  readonly stderr?: string;
  readonly exitCode?: number | null;
  readonly spawnError?: string;
}

/** A finished command as the runner would return it. */
export function output(spec: CommandSpec, a: FakeAnswer): CommandOutput {
  return {
    cmd: spec.cmd,
    args: spec.args,
    stdout: a.stdout ?? '',
    stderr: a.stderr ?? '',
    exitCode: a.spawnError !== undefined ? null : (a.exitCode ?? 0),
    signal: null,
    timedOut: false,
    truncated: false,
    durationMs: 3,
    ...(a.spawnError === undefined ? {} : { spawnError: a.spawnError }),
  };
}

/** A runner answering by the command line (space-joined); unknown commands are "not installed". */
export function fakeRunner(answers: Readonly<Record<string, FakeAnswer>>): CommandRunner & { readonly asked: string[] } {
  const asked: string[] = [];
  const run: CommandRunner = (spec) => {
    const key = [spec.cmd, ...spec.args].join(' ');
    asked.push(key);
    return Promise.resolve(output(spec, answers[key] ?? { spawnError: `spawn ${spec.cmd} ENOENT` }));
  };
  return Object.assign(run, { asked });
}

/** A file reader over a map of path → text; anything else is absent (null). */
export function fakeFiles(files: Readonly<Record<string, string>>): ReadTextFile {
  return (path) => Promise.resolve(files[path] ?? null);
}

/** A file reader that rejects like fs.promises.readFile does for a missing file. */
export const rejectingFiles: ReadTextFile = (path) => Promise.reject(Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' }));
