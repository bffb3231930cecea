import { setMaxListeners } from 'node:events';
import type { CommandOutput, CommandRunner } from '../../platform/command.js';
import type { OsKind } from '../../platform/os-kind.js';
import { pingCommand } from './command.js';
import type { PingBurst } from './plan.js';

/** What runBurst needs: the runner, the OS whose ping to speak, and the abort signal. */
export interface BurstDeps {
  readonly run: CommandRunner;
  readonly os: OsKind;
  readonly signal?: AbortSignal;
}

/** Waits, but no longer than until the signal aborts. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** The output of a run whose runner threw instead of reporting, as a start failure. */
function failedStart(cmd: string, args: readonly string[], e: unknown): CommandOutput {
  const spawnError = e instanceof Error ? e.message : String(e);
  return { cmd, args, stdout: '', stderr: '', exitCode: null, signal: null, timedOut: false, truncated: false, durationMs: 0, spawnError };
}

/**
 * Runs one burst: its ping processes in parallel, started evenly across one interval so their
 * echoes interleave. Processes not yet started when the signal aborts are not started at all.
 * Resolves with the outputs of the processes that ran, in start order; never rejects.
 */
export async function runBurst(target: string, burst: PingBurst, replyTimeoutMs: number, deps: BurstDeps): Promise<CommandOutput[]> {
  const spec = pingCommand(deps.os, { target, count: burst.count, intervalMs: burst.intervalMs, replyTimeoutMs });
  const step = burst.intervalMs / burst.processes;
  // Up to a hundred processes each listen for the abort: on a signal of our own, so Node does not
  // warn of a listener leak on the caller's, which then needs only one listener.
  const local = new AbortController();
  setMaxListeners(2 * burst.processes + 10, local.signal);
  const forward = (): void => local.abort();
  if (deps.signal?.aborted) local.abort();
  else deps.signal?.addEventListener('abort', forward, { once: true });
  try {
    const runs = await Promise.all(
      Array.from({ length: burst.processes }, async (_, i): Promise<CommandOutput | null> => {
        await pause(Math.round(i * step), local.signal);
        if (local.signal.aborted) return null;
        // A runner resolves failures as data; one that rejects anyway is reported the same way.
        return Promise.resolve()
          .then(() => deps.run(spec, local.signal))
          .catch((e: unknown) => failedStart(spec.cmd, spec.args, e));
      }),
    );
    return runs.filter((r): r is CommandOutput => r !== null);
  } finally {
    deps.signal?.removeEventListener('abort', forward);
  }
}
