import type { CommandOutput } from '../command.js';

/** Why a command gave nothing to parse, as a note; null when its output is worth parsing. */
export function commandFailure(out: CommandOutput): string | null {
  const name = [out.cmd, ...out.args].join(' ');
  if (out.spawnError !== undefined) return `${out.cmd} could not be started (${out.spawnError}).`;
  if (out.timedOut) return `${name} did not answer in time.`;
  return null;
}
