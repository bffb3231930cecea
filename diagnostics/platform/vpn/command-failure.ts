import type { CommandOutput } from '../command.js';

/**
 * Why a command gave nothing usable, as a sentence for the notes; null when it ran and exited 0.
 * Failures are data here: the readers note them and carry on with what other commands said.
 */
export function commandFailure(out: CommandOutput): string | null {
  const what = [out.cmd, ...out.args].join(' ');
  if (out.spawnError !== undefined) return `${out.cmd} could not be started (${out.spawnError})`;
  if (out.timedOut) return `${what} timed out after ${out.durationMs} ms`;
  if (out.exitCode !== 0) {
    const err = out.stderr.trim().split(/\r?\n/)[0] ?? '';
    return `${what} failed (exit ${String(out.exitCode ?? out.signal)})${err ? `: ${err.slice(0, 200)}` : ''}`;
  }
  return null;
}
