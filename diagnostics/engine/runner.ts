import type { CommandOutput, CommandRunner } from '../platform/command.js';
import type { OsKind } from '../platform/os-kind.js';
import type { RawOutput } from '../schema/report.js';
import type { Targets } from '../profile/targets.js';
import type { Probe, ProbeResult, ProbeResults } from './probe.js';
import { keepSessionHost } from '../platform/session-host.js';

/** Live progress, for the tray UI and the CLI spinner. */
export type ProbeEvent =
  | { readonly type: 'start'; readonly id: string }
  | { readonly type: 'finish'; readonly result: ProbeResult };

export interface RunOptions {
  readonly targets: Targets;
  readonly os: OsKind;
  readonly quick: boolean;
  readonly run: CommandRunner;
  /** Wall-clock budget for the whole run; probes not finished by then end with what they saw. */
  readonly deadlineMs: number;
  readonly onEvent?: (event: ProbeEvent) => void;
  /**
   * Ids of probes to start before the others that are ready (the critical path): each start
   * spawns its tools in the same turn, and under load each spawn costs the event loop tens of ms.
   * The report keeps the declaration order either way.
   */
  readonly startFirst?: readonly string[];
}

export interface RunOutcome {
  readonly results: readonly ProbeResult[];
  readonly raw: readonly RawOutput[];
}

/** Typed read access to a finished run's results, as probes and rules see them. */
export function resultsView(list: readonly ProbeResult[]): ProbeResults {
  const byId = new Map(list.map((r) => [r.id, r]));
  const of = <D extends object>(p: Probe<D>): ProbeResult<D> | undefined => byId.get(p.id) as ProbeResult<D> | undefined;
  // A finished run: whatever will finish already has.
  return { of, all: () => list, whenFinished: (p) => Promise.resolve(of(p)) };
}

/** `pending`, or undefined as soon as `signal` aborts; the listener goes when either happens. */
function untilAborted<T>(pending: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const onAbort = (): void => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    pending.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** Less time than this left before the deadline is no time to start a probe in. */
const MIN_USEFUL_MS = 5;

/** Orders probes so each starts once its dependencies finished; throws on a cycle (a bug). */
export function checkOrder(probes: readonly Probe<object>[]): void {
  const ids = new Set(probes.map((p) => p.id));
  if (ids.size !== probes.length) throw new Error('probe ids must be unique');
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (p: Probe<object>): void => {
    if (done.has(p.id)) return;
    if (visiting.has(p.id)) throw new Error(`probe dependency cycle through ${p.id}`);
    visiting.add(p.id);
    for (const d of p.dependsOn) {
      if (!ids.has(d.id)) throw new Error(`probe ${p.id} depends on ${d.id}, which is not in the run`);
      visit(d);
    }
    visiting.delete(p.id);
    done.add(p.id);
  };
  probes.forEach(visit);
}

/**
 * Runs probes in dependency order, independent ones in parallel. Each probe has its own timeout
 * and the run one overall deadline; a probe that throws or times out yields an `error` result with
 * whatever it had observed, and never takes the run down.
 */
export async function runProbes(probes: readonly Probe<object>[], opts: RunOptions): Promise<RunOutcome> {
  checkOrder(probes);
  const runStart = performance.now();
  const finished = new Map<string, ProbeResult>();
  const raw: RawOutput[] = [];
  const running = new Map<string, Promise<ProbeResult>>();
  const results: ProbeResults = {
    of: <D extends object>(p: Probe<D>) => finished.get(p.id) as ProbeResult<D> | undefined,
    all: () => [...finished.values()],
    // Every probe of the run is in `running` from the start (all are started below at once).
    whenFinished: <D extends object>(p: Probe<D>, signal: AbortSignal) => {
      const pending = running.get(p.id);
      return pending === undefined ? Promise.resolve(undefined) : (untilAborted(pending, signal) as Promise<ProbeResult<D> | undefined>);
    },
  };

  const start = (probe: Probe<object>): Promise<ProbeResult> => {
    const existing = running.get(probe.id);
    if (existing) return existing;
    const promise = Promise.all(probe.dependsOn.map(start)).then(() => runOne(probe));
    running.set(probe.id, promise);
    return promise;
  };

  const runOne = async (probe: Probe<object>): Promise<ProbeResult> => {
    const remaining = opts.deadlineMs - (performance.now() - runStart);
    const began = performance.now();
    const elapsed = (): number => Math.round(performance.now() - began);
    let result: ProbeResult;
    if (probe.slow && opts.quick) {
      result = { id: probe.id, status: 'skipped', durationMs: 0, data: {}, error: 'left out by --quick' };
    } else if (remaining < MIN_USEFUL_MS) {
      result = { id: probe.id, status: 'skipped', durationMs: 0, data: {}, error: 'the run reached its deadline first' };
    } else {
      opts.onEvent?.({ type: 'start', id: probe.id });
      result = await runWithTimeout(probe, Math.min(probe.timeoutMs, remaining), opts, results, raw, elapsed);
    }
    finished.set(probe.id, result);
    opts.onEvent?.({ type: 'finish', result });
    return result;
  };

  const rank = (p: Probe<object>): number => {
    const i = opts.startFirst?.indexOf(p.id) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  await Promise.all([...probes].sort((a, b) => rank(a) - rank(b)).map(start));
  // Report in declaration order, which is stable across runs whatever finished first.
  return { results: probes.map((p) => finished.get(p.id)!), raw };
}

async function runWithTimeout(
  probe: Probe<object>,
  timeoutMs: number,
  opts: RunOptions,
  results: ProbeResults,
  raw: RawOutput[],
  elapsed: () => number,
): Promise<ProbeResult> {
  const controller = new AbortController();
  let observed: object = {};
  const record = (out: CommandOutput): void => {
    raw.push({
      probe: probe.id,
      cmd: out.cmd,
      args: [...out.args],
      exitCode: out.exitCode,
      stdout: out.stdout,
      stderr: out.stderr,
    });
  };
  const run: CommandRunner = keepSessionHost(opts.run, async (spec, signal) => {
    const out = await opts.run(spec, signal ?? controller.signal);
    record(out);
    return out;
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([
      probe.run({
        targets: opts.targets,
        os: opts.os,
        quick: opts.quick,
        signal: controller.signal,
        run,
        results,
        observe: (partial) => {
          observed = { ...observed, ...partial };
        },
      }),
      timeout,
    ]);
    if (outcome === 'timeout') {
      return { id: probe.id, status: 'error', durationMs: elapsed(), data: observed, error: `timed out after ${timeoutMs} ms` };
    }
    return { id: probe.id, durationMs: elapsed(), ...outcome };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { id: probe.id, status: 'error', durationMs: elapsed(), data: observed, error: message };
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
