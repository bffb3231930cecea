import { setMaxListeners } from 'node:events';
import type { CommandOutput, CommandRunner } from '../../platform/command.js';
import type { OsKind } from '../../platform/os-kind.js';
import { sessionHostOf } from '../../platform/session-host.js';
import { pingCommand } from './command.js';
import { echoCommand } from './echo-script.js';
import type { PingBurst } from './plan.js';
import { pingRunFailure } from './run-failure.js';

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
 * On Windows, the whole burst as one echo query in the check's PowerShell session (status codes,
 * not ping.exe's translated text), at the same rate the ping processes would send. Null when the
 * session is not there, still starting or busy, or when the query failed: then ping.exe runs.
 */
async function structuredBurst(target: string, burst: PingBurst, replyTimeoutMs: number, deps: BurstDeps): Promise<CommandOutput | null> {
  const host = deps.os === 'win32' ? sessionHostOf(deps.run) : undefined;
  if (!host?.echoReady() || deps.signal?.aborted) return null;
  const spec = echoCommand({
    target,
    count: burst.processes * burst.count,
    intervalMs: Math.max(1, Math.round(burst.intervalMs / burst.processes)),
    replyTimeoutMs,
  });
  let out: CommandOutput;
  try {
    // Called in this same turn, so a burst starting beside this one already finds the session busy.
    out = await deps.run(spec, deps.signal);
  } catch (e) {
    out = failedStart(spec.cmd, spec.args, e);
  }
  if (pingRunFailure(out, deps.os) === null) return out;
  // PowerShell printed no echo results (a policy blocks .NET's Ping, an old host): ping.exe from now on.
  if (!deps.signal?.aborted) host.refuseEcho();
  return null;
}

/**
 * Runs one burst: its ping processes in parallel, started evenly across one interval so their
 * echoes interleave. Processes not yet started when the signal aborts are not started at all.
 * Resolves with the outputs of the processes that ran, in start order; never rejects.
 */
export async function runBurst(target: string, burst: PingBurst, replyTimeoutMs: number, deps: BurstDeps): Promise<CommandOutput[]> {
  const structured = await structuredBurst(target, burst, replyTimeoutMs, deps);
  if (structured) return [structured];
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
