import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The built command line; the tests that run it as a real process need `npx tsc -b` first. */
export const CLI = resolve('dist/diagnostics/cli/main.js');

/** Runs the built CLI as a child process (so it can be killed with SIGKILL), collecting its output. */
export function runCli(args: string[], env: NodeJS.ProcessEnv) {
  // allow-spawn: the test must SIGKILL the built CLI mid-send, which runCommand cannot do; fixed argv, shell false
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
  return { child, exited, output: () => out };
}
