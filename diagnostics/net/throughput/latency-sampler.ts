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
