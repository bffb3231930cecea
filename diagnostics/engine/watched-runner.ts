import type { CommandOutput, CommandRunner } from '../platform/command.js';
import { couldNotRun, unreadable } from '../platform/could-not-run.js';
import { keepSessionHost } from '../platform/session-host.js';

/** A runner that keeps every output it returned, so a probe can say why it learned nothing. */
export interface WatchedRunner {
  readonly run: CommandRunner;
  readonly outputs: readonly CommandOutput[];
}

/** Wraps a probe's runner; the commands run exactly as before. */
export function watchedRunner(run: CommandRunner): WatchedRunner {
  const outputs: CommandOutput[] = [];
  return {
    outputs,
    // It offers the same PowerShell session as the runner it wraps (session-host.ts).
    run: keepSessionHost(run, async (spec, signal) => {
      const out = await run(spec, signal);
      outputs.push(out);
      return out;
    }),
  };
}

/**
 * Why commands gave a probe nothing, for a probe whose reading came out "unknown": each tool
 * that could not run (missing, not permitted, hung, crashed) and each that printed something
 * its parser could not read. Empty when the tools ran and simply had nothing to say (no
 * adapter, no output), which is an answer, not a failure.
 */
export function inconclusiveReasons(outputs: readonly CommandOutput[]): string[] {
  const reasons = outputs.map((o) => couldNotRun(o) ?? (o.stdout.trim() !== '' ? unreadable(o) : null));
  return [...new Set(reasons.filter((r): r is string => r !== null))];
}

/**
 * Why a probe learned nothing, when every command it ran could not run at all: for readings where
 * an empty answer is also a valid one (no tunnel, no battery), only a total failure of the tools
 * says "could not check". Empty when any tool ran, or when none was run.
 */
export function allToolsFailed(outputs: readonly CommandOutput[]): string[] {
  const reasons = outputs.map(couldNotRun);
  if (reasons.length === 0 || reasons.some((r) => r === null)) return [];
  return [...new Set(reasons as string[])];
}
