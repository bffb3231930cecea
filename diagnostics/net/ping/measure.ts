import type { CommandOutput, CommandRunner } from '../../platform/command.js';
import type { OsKind } from '../../platform/os-kind.js';
import { isPingTarget } from './command.js';
import { DEFAULT_PLANS, type PingBurst, type PingPlan } from './plan.js';
import { runBurst } from './run-burst.js';
import { lossCall, splitCount } from './sequential-loss.js';
import { addRun, newTally, summarise, type PingTally } from './tally.js';
import type { PingStats } from './types.js';

export type { PingStats } from './types.js';
export type { PingPlan } from './plan.js';

/** What measurePing needs: the runner, the OS whose ping to speak, and the abort signal. */
export interface PingDeps {
  readonly run: CommandRunner;
  readonly os: OsKind;
  readonly signal?: AbortSignal;
  /** The clock the time budget is read on (tests pass their own); performance.now by default. */
  readonly now?: () => number;
}

// iputils: "cannot flood; minimal interval allowed for user is 2ms"; macOS: "-i interval too short".
const REFUSED_INTERVAL = /cannot flood|minimal interval|interval too short|only super-?user/i;

/** True when ping would not send at the interval asked for (it then sends nothing). */
export function refusedInterval(out: CommandOutput): boolean {
  return REFUSED_INTERVAL.test(out.stderr) || REFUSED_INTERVAL.test(out.stdout);
}

/** Runs a burst into the tally; 'refused' (and nothing tallied) when ping refused its interval. */
async function burstInto(t: PingTally, target: string, b: PingBurst, plan: PingPlan, deps: PingDeps): Promise<'ok' | 'refused'> {
  const outs = await runBurst(target, b, plan.replyTimeoutMs, deps);
  if (outs.some(refusedInterval)) {
    t.errors.add(`ping refused a ${b.intervalMs} ms interval`);
    return 'refused';
  }
  for (const out of outs) addRun(t, out, deps.os, target);
  return 'ok';
}

/**
 * Measures loss, latency and jitter to one target adaptively (see PingPlan): fast on a clean or a
 * dead line, precise on a lossy one. Both stages are pooled. An abort stops the ping processes
 * and returns what was seen so far. Never throws for expected failures: `errors` says what went wrong.
 */
export async function measurePing(target: string, deps: PingDeps, plan: Partial<PingPlan> = {}): Promise<PingStats> {
  const p: PingPlan = { ...DEFAULT_PLANS[deps.os], ...plan };
  const now = deps.now ?? (() => performance.now());
  const began = now();
  const t = newTally();
  // Targets come from profiles people write: a bad one is their mistake, reported, not a crash.
  if (!isPingTarget(target)) {
    t.errors.add(`not an address or host name: ${JSON.stringify(target.slice(0, 100))}`);
    return summarise(target, t);
  }
  if ((await burstInto(t, target, p.stage1, p, deps)) === 'refused') {
    t.errors.add(`measured ${p.fallback.processes * p.fallback.count} echoes at ${p.fallback.intervalMs} ms instead`);
    await burstInto(t, target, p.fallback, p, deps);
    return finish(target, t, deps);
  }
  // No loss, or nothing at all back (an outage, an unknown host, no ping): more echoes add nothing.
  // (100 clean echoes rule out 5 % loss at 99 %; the monitor is there for rarer loss.)
  const partialLoss = t.received > 0 && t.received < t.sent;
  if (!partialLoss || deps.signal?.aborted) return finish(target, t, deps);
  return finish(target, t, deps, await sampleUntilSettled(t, target, p, deps, () => now() - began));
}

/**
 * Stage 2 in batches; after each, stops once the loss interval settles the verdict's threshold
 * (lossCall): a clearly lossy line is done after a few hundred echoes, a borderline one gets all.
 */
async function sampleUntilSettled(
  t: PingTally,
  target: string,
  p: PingPlan,
  deps: PingDeps,
  elapsed: () => number,
): Promise<NonNullable<PingStats['stoppedBy']>> {
  let lastBatchMs = 0;
  for (const count of splitCount(p.stage2.count, p.stage2Batches ?? 3)) {
    if (deps.signal?.aborted) return 'aborted';
    const scheduleMs = count * p.stage2.intervalMs + p.replyTimeoutMs;
    if (p.budgetMs !== undefined && elapsed() + Math.max(scheduleMs, lastBatchMs) > p.budgetMs) return 'time';
    const batchStart = elapsed();
    await burstInto(t, target, { ...p.stage2, count }, p, deps);
    lastBatchMs = elapsed() - batchStart;
    const call = lossCall(t.sent - t.received, t.sent);
    if (call !== 'open') return call;
  }
  return deps.signal?.aborted ? 'aborted' : 'cap';
}

function finish(target: string, t: PingTally, deps: PingDeps, stoppedBy?: PingStats['stoppedBy']): PingStats {
  if (deps.signal?.aborted) t.errors.add('measurement aborted; figures cover the echoes seen until then');
  return { ...summarise(target, t), ...(stoppedBy ? { stoppedBy } : {}) };
}
