import type { OsKind } from '../../platform/os-kind.js';
import { isPingTarget } from '../ping/command.js';
import type { PingBurst } from '../ping/plan.js';
import { runBurst, type BurstDeps } from '../ping/run-burst.js';
import { addRun, newTally, summarise } from '../ping/tally.js';
import type { PingStats } from '../ping/types.js';

/** A queue of a second or more is exactly what is being measured: wait that long for each echo. */
const REPLY_TIMEOUT_MS = 2000;

/**
 * Echoes spread over `ms`: five a second on Linux and macOS (200 ms is the interval every ping
 * there grants users, old iputils included), and on Windows, whose ping sends one a second, four
 * staggered processes. About twenty echoes per loaded direction: enough for a stable median.
 */
export function samplerBurst(os: OsKind, ms: number): PingBurst {
  if (os === 'win32') return { processes: 4, count: Math.max(1, Math.floor(ms / 1000)), intervalMs: 1000 };
  return { processes: 1, count: Math.max(1, Math.floor(ms / 200)), intervalMs: 200 };
}

/**
 * Round trips to `target` for about `ms`, as ping statistics (its p50 is the figure used: a few
 * echoes caught behind a burst should not decide the grade). Never throws; `errors` says why
 * there are no round trips.
 */
export async function sampleLatency(target: string, ms: number, deps: BurstDeps): Promise<PingStats> {
  const tally = newTally();
  if (!isPingTarget(target)) {
    tally.errors.add(`not an address or host name: ${JSON.stringify(target.slice(0, 100))}`);
    return summarise(target, tally);
  }
  const outs = await runBurst(target, samplerBurst(deps.os, ms), REPLY_TIMEOUT_MS, deps);
  for (const out of outs) addRun(tally, out, deps.os, target);
  return summarise(target, tally);
}

/** The longest a loaded phase is pinged: longer than any direction's ramp and cap together. */
const MAX_LOADED_MS = 30_000;

/**
 * Round trips to `target` from now until `until` aborts (the transfer ended): one long ping run
 * that is stopped then; the replies it printed so far count (ping prints each as it arrives).
 */
export async function sampleWhile(target: string, until: AbortSignal, deps: BurstDeps): Promise<PingStats> {
  const tally = newTally();
  if (!isPingTarget(target)) {
    tally.errors.add(`not an address or host name: ${JSON.stringify(target.slice(0, 100))}`);
    return summarise(target, tally);
  }
  const both = deps.signal ? AbortSignal.any([until, deps.signal]) : until;
  const outs = await runBurst(target, samplerBurst(deps.os, MAX_LOADED_MS), REPLY_TIMEOUT_MS, { ...deps, signal: both });
  for (const out of outs) addRun(tally, out, deps.os, target);
  return summarise(target, tally);
}

/** A drained queue: the round trip is back within this many ms (or half the idle time) of idle. */
const DRAIN_MARGIN_MS = 5;

/**
 * Waits until a single echo to `target` comes back about as fast as when the line was idle, so
 * the next direction starts on an empty queue; at most `capMs`. Resolves with how long it took
 * and whether the queue drained (false: it gave up at the cap, or no echo came back).
 */
export async function waitForDrain(target: string, idleMs: number, capMs: number, deps: BurstDeps): Promise<{ ms: number; drained: boolean }> {
  const began = performance.now();
  const elapsed = (): number => Math.round(performance.now() - began);
  if (!isPingTarget(target)) return { ms: 0, drained: false };
  const limit = idleMs + Math.max(DRAIN_MARGIN_MS, idleMs / 2);
  while (elapsed() < capMs && !deps.signal?.aborted) {
    const tally = newTally();
    const wait = Math.min(REPLY_TIMEOUT_MS, Math.max(200, capMs - elapsed()));
    const outs = await runBurst(target, { processes: 1, count: 1, intervalMs: 200 }, wait, deps);
    for (const out of outs) addRun(tally, out, deps.os, target);
    const rtt = summarise(target, tally).rttMs?.min;
    if (rtt !== undefined && rtt <= limit) return { ms: elapsed(), drained: true };
  }
  return { ms: elapsed(), drained: false };
}
