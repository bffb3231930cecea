import type { OsKind } from '../platform/os-kind.js';
import type { StreamRunner } from '../platform/command.js';
import { waitFor } from '../engine/abortable-wait.js';
import { streamPingCommand } from './stream-command.js';
import { SeqClock } from './seq-clock.js';
import { parseStreamLine } from './stream-line.js';
import type { MonitorTarget, ProbeOutcome } from './types.js';

/** What a prober needs: where outcomes go, the clock, and when to stop. */
export interface ProberDeps {
  readonly emit: (o: ProbeOutcome) => void;
  readonly now: () => number;
  readonly intervalMs: number;
  readonly signal: AbortSignal;
}

/** A ping that ran this long worked; a later exit restarts it at once rather than backing off. */
const STEADY_RUN_MS = 30_000;
const MAX_BACKOFF_MS = 10_000;

/**
 * Echoes a target through ONE long-running ping (not a process per echo) until aborted: each line
 * becomes an outcome as it is printed, timed by SeqClock (send times from sequence numbers). A
 * ping that exits (no route yet, interface gone) is restarted with a growing pause; meanwhile the detector's watchdog counts the target as silent.
 */
export async function runIcmpProber(target: MonitorTarget, os: OsKind, stream: StreamRunner, deps: ProberDeps): Promise<void> {
  const spec = streamPingCommand(os, target.host, deps.intervalMs);
  let backoff = 1000;
  while (!deps.signal.aborted) {
    let headerSeen = false;
    const seqs = new SeqClock(deps.intervalMs);
    const started = deps.now();
    await stream(
      spec,
      (line) => {
        const p = parseStreamLine(os, line, headerSeen);
        if (line.trim() !== '') headerSeen = true;
        if (p === null) return;
        for (const o of seqs.outcomes(p, deps.now())) deps.emit({ targetId: target.id, ...o });
      },
      deps.signal,
    );
    if (deps.signal.aborted) return;
    backoff = deps.now() - started > STEADY_RUN_MS ? 1000 : Math.min(backoff * 2, MAX_BACKOFF_MS);
    await waitFor(backoff, deps.signal);
  }
}
