import type { OsKind } from '../platform/os-kind.js';
import type { StreamRunner } from '../platform/command.js';
import { waitFor } from '../engine/abortable-wait.js';
import { streamPingCommand } from './stream-command.js';
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
 * becomes an outcome as it is printed. A reply was sent its round trip ago; a reported loss one
 * interval ago (ping reports it when it sends the next echo); sequence numbers skipped without a
 * report are losses too. A ping that exits (no route yet, interface gone) is restarted with a
 * growing pause; meanwhile the detector's watchdog counts the target as silent.
 */
export async function runIcmpProber(target: MonitorTarget, os: OsKind, stream: StreamRunner, deps: ProberDeps): Promise<void> {
  const spec = streamPingCommand(os, target.host, deps.intervalMs);
  let backoff = 1000;
  while (!deps.signal.aborted) {
    let headerSeen = false;
    let lastSeq: number | null = null;
    const started = deps.now();
    await stream(
      spec,
      (line) => {
        const p = parseStreamLine(os, line, headerSeen);
        if (line.trim() !== '') headerSeen = true;
        if (p === null) return;
        const at = deps.now();
        const sentAt = p.kind === 'reply' ? at - p.rttMs : at - deps.intervalMs;
        if (p.seq !== null && lastSeq !== null && p.seq > lastSeq + 1) {
          for (let k = lastSeq + 1; k < p.seq; k++) deps.emit({ targetId: target.id, sentAt: sentAt - (p.seq - k) * deps.intervalMs, rttMs: null });
        }
        if (p.seq !== null) lastSeq = Math.max(lastSeq ?? p.seq, p.seq);
        deps.emit({ targetId: target.id, sentAt, rttMs: p.kind === 'reply' ? p.rttMs : null });
      },
      deps.signal,
    );
    if (deps.signal.aborted) return;
    backoff = deps.now() - started > STEADY_RUN_MS ? 1000 : Math.min(backoff * 2, MAX_BACKOFF_MS);
    await waitFor(backoff, deps.signal);
  }
}
