import type { CommandRunner } from '../platform/command.js';
import type { OsKind } from '../platform/os-kind.js';
import type { ProbeStatus } from '../schema/report.js';
import type { Targets } from '../profile/targets.js';

/** What a probe hands back when it finishes: expected failures are a status, not an exception. */
export interface ProbeOutcome<D extends object> {
  readonly status: ProbeStatus;
  readonly data: D;
  readonly error?: string;
}

/** A finished probe as the engine keeps it. `data` may be partial when the probe timed out. */
export interface ProbeResult<D extends object = object> {
  readonly id: string;
  readonly status: ProbeStatus;
  readonly durationMs: number;
  readonly data: Partial<D>;
  readonly error?: string;
}

/** Read access to the results of probes that already finished, typed by the probe itself. */
export interface ProbeResults {
  of<D extends object>(probe: Probe<D>): ProbeResult<D> | undefined;
  all(): readonly ProbeResult[];
  /**
   * The probe's result once it has finished; undefined at once when it is not part of the run,
   * and when `signal` aborts first. For a probe that needs another's result only late (to decide
   * a second stage, or whether its measurement counts): it starts at once instead of after it, as
   * `dependsOn` would make it. Never wait so on a probe that depends on the waiting one: the
   * engine cannot see that cycle, and it ends only at the waiting probe's timeout.
   */
  whenFinished<D extends object>(probe: Probe<D>, signal: AbortSignal): Promise<ProbeResult<D> | undefined>;
}

/** Everything a probe may use. Nothing else: no globals, so tests and replay control it all. */
export interface ProbeContext<D extends object> {
  readonly targets: Targets;
  readonly os: OsKind;
  readonly quick: boolean;
  /** Aborted at the probe's own timeout or the run's deadline; pass it to every command and socket. */
  readonly signal: AbortSignal;
  /** Runs a command and keeps its output as raw evidence for the help desk. */
  readonly run: CommandRunner;
  /** Results of the probes this one depends on (and any other that already finished). */
  readonly results: ProbeResults;
  /** Records what the probe has seen so far; kept if the probe later times out or throws. */
  observe(partial: Partial<D>): void;
}

/** One small unit of diagnosis with a declared place in the dependency order. */
export interface Probe<D extends object> {
  readonly id: string;
  readonly dependsOn: readonly Probe<object>[];
  readonly timeoutMs: number;
  /** True for probes that `--quick` leaves out (throughput, latency under load). */
  readonly slow?: boolean;
  run(ctx: ProbeContext<D>): Promise<ProbeOutcome<D>>;
}
