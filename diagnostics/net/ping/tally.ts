import type { CommandOutput } from '../../platform/command.js';
import { couldNotRun } from '../../platform/could-not-run.js';
import type { OsKind } from '../../platform/os-kind.js';
import { parsePingOutput } from './parse.js';
import { pingRunFailure } from './run-failure.js';
import { jitterOfStreams, lossPercent, percentile, round2, wilsonInterval } from './stats.js';
import type { PingParse, PingStats } from './types.js';

/** The echoes of every ping process of a measurement, pooled. */
export interface PingTally {
  sent: number;
  received: number;
  /** Round trips per process, in the order ping printed them (jitter is taken within each). */
  readonly streams: number[][];
  readonly ttlExceededFrom: Set<string>;
  readonly unreachableFrom: Set<string>;
  readonly errors: Set<string>;
  /** Runs whose output showed a measurement (statistics, replies, ICMP errors, an unknown host). */
  measuredRuns: number;
  /** Why the other runs measured nothing: ping missing, not permitted, hung, crashed, unreadable. */
  readonly toolFailures: Set<string>;
}

/** An empty tally. */
export function newTally(): PingTally {
  return { sent: 0, received: 0, streams: [], ttlExceededFrom: new Set(), unreachableFrom: new Set(), errors: new Set(), measuredRuns: 0, toolFailures: new Set() };
}

/**
 * Echoes a run certainly sent. Ping's statistics say it; a run killed early (abort, timeout)
 * prints none, and then the highest sequence number answered and the error answers are a floor.
 */
function knownSent(p: PingParse, os: OsKind): number {
  if (p.transmitted !== null) return p.transmitted;
  const answered = p.replies.length + p.ttlExceededFrom.length + p.unreachableFrom.length;
  const seqs = p.replies.map((r) => r.seq).filter((s): s is number => s !== null);
  // iputils counts from 1, BSD ping from 0.
  const highest = seqs.length === 0 ? 0 : seqs.reduce((a, b) => Math.max(a, b), 0) + (os === 'darwin' ? 1 : 0);
  return Math.max(answered, highest);
}

const NO_STATISTICS = 'ping printed no statistics that could be read; its loss is unknown';

/** Adds one ping process's output to the tally. */
export function addRun(t: PingTally, out: CommandOutput, os: OsKind, target: string): void {
  if (out.spawnError !== undefined) {
    t.errors.add(`ping could not start: ${out.spawnError}`);
    t.toolFailures.add(couldNotRun(out)!);
    return;
  }
  const p = parsePingOutput(os, out);
  const failure = pingRunFailure(out, os, p);
  if (failure === null) t.measuredRuns += 1;
  else t.toolFailures.add(failure);
  if (p.unknownHost) t.errors.add(`unknown host ${target}`);
  for (const n of p.notes) t.errors.add(n);
  if (out.timedOut) t.errors.add('ping was stopped before it finished (timeout or abort); counted the echoes seen so far');
  const rttsSeen = p.replies.map((r) => r.rttMs);
  if (!out.timedOut && p.transmitted === null && p.replies.length > 0) {
    // A run that finished printed its statistics; when they cannot be read (a display language
    // whose summary has no shape we know), how many echoes went out is unknown, so this run adds
    // nothing to the loss. Its round trips are real and still count for latency.
    t.errors.add(NO_STATISTICS);
    t.streams.push(rttsSeen);
    return;
  }
  const sent = knownSent(p, os);
  const rtts = p.replies.map((r) => r.rttMs);
  t.sent += sent;
  t.received += Math.min(rtts.length, sent);
  if (rtts.length > 0) t.streams.push(rtts);
  p.ttlExceededFrom.forEach((a) => t.ttlExceededFrom.add(a));
  p.unreachableFrom.forEach((a) => t.unreachableFrom.add(a));
}

/** The measurement's figures from what the tally holds. */
export function summarise(target: string, t: PingTally): PingStats {
  const rtts = t.streams.flat();
  const lost = t.sent - t.received;
  return {
    target,
    sent: t.sent,
    received: t.received,
    lossPct: lossPercent(lost, t.sent),
    lossCi95: wilsonInterval(lost, t.sent),
    rttMs:
      rtts.length === 0
        ? null
        : {
            min: round2(rtts.reduce((a, b) => Math.min(a, b), Infinity)),
            avg: round2(rtts.reduce((a, b) => a + b, 0) / rtts.length),
            max: round2(rtts.reduce((a, b) => Math.max(a, b), -Infinity)),
            p50: round2(percentile(rtts, 0.5)!),
            p90: round2(percentile(rtts, 0.9)!),
          },
    jitterMs: jitterOfStreams(t.streams),
    ttlExceededFrom: [...t.ttlExceededFrom],
    unreachableFrom: [...t.unreachableFrom],
    errors: [...t.errors],
    // Only when no run measured anything: then the figures above are no measurement at all.
    ...(t.measuredRuns === 0 && t.toolFailures.size > 0 ? { couldNotMeasure: [...t.toolFailures].join('; ') } : {}),
    // Replies seen but no run's statistics read (output cut short, or a summary in a shape we do
    // not know): 0 sent and 0 received would read as total loss, and no loss as "fine" (#16).
    ...(t.measuredRuns > 0 && t.sent === 0 && t.streams.length > 0 ? { couldNotMeasure: NO_STATISTICS } : {}),
  };
}
