import { readFileSync } from 'node:fs';
import type { CommandOutput, CommandRunner, CommandSpec } from '../../../../diagnostics/platform/command.js';

/**
 * A fixture as the parser receives it. Windows text is read as latin1, as runCommand decodes the
 * console's OEM code page there, so accented letters arrive garbled exactly as on a real machine.
 */
export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), name.startsWith('ipconfig') ? 'latin1' : 'utf8');
}

/** A command's output as the runner hands it back. */
export function output(spec: CommandSpec, over: Partial<CommandOutput> = {}): CommandOutput {
  return { cmd: spec.cmd, args: spec.args, stdout: '', stderr: '', exitCode: 0, signal: null, timedOut: false, truncated: false, durationMs: 1, ...over };
}

/** A runner that answers each command (by its program name) from a table and records the calls. */
export function scriptedRunner(table: Readonly<Record<string, Partial<CommandOutput>>>): CommandRunner & { calls: string[] } {
  const calls: string[] = [];
  const run = async (spec: CommandSpec): Promise<CommandOutput> => {
    calls.push(spec.cmd);
    return output(spec, table[spec.cmd] ?? { exitCode: null, spawnError: `spawn ${spec.cmd} ENOENT` });
  };
  return Object.assign(run, { calls });
}
