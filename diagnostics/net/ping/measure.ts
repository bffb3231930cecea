import type { CommandRunner } from '../../platform/command.js';
import type { OsKind } from '../../platform/os-kind.js';
import { pingCommand } from './command.js';
import { parsePingOutput } from './parse.js';
import { DEFAULT_PLANS, SLOW_BURST, type PingBurst, type PingPlan } from './plan.js';
import { jitter, percentile, round2, wilsonInterval } from './stats.js';
import type { PingParse } from './types.js';

/** Loss, latency and jitter to one target, with the 95 % interval of the loss. */
export interface PingStats {
  readonly target: string;
  readonly sent: number;
  readonly received: number;
  /** 0–100, one decimal. */
  readonly lossPct: number;
  /** Wilson 95 % interval of the loss, in percent. */
  readonly lossCi95: [number, number];
  readonly rttMs: { readonly min: number; readonly avg: number; readonly max: number; readonly p50: number; readonly p90: number } | null;
  readonly jitterMs: number | null;
  readonly ttlExceededFrom: string[];
  readonly unreachableFrom: string[];
  readonly errors: string[];
}

export interface PingDeps {
  readonly run: CommandRunner;
  readonly os: OsKind;
  readonly signal?: AbortSignal;
}

interface Tally {
  sent: number;
  rtts: number[];
  ttlExceededFrom: Set<string>;
  unreachableFrom: Set<string>;
  errors: string[];
}

const REFUSED_INTERVAL = /cannot flood|minimal interval|only super-?user/i;

async function burst(target: string, b: PingBurst, plan: PingPlan, deps: PingDeps, tally: Tally): Promise<'ok' | 'interval-refused'> {
  const runs = await Promise.all(
    Array.from({ length: b.processes }, () =>
      deps.run(pingCommand(deps.os, { target, count: b.count, intervalMs: b.intervalMs, replyTimeoutMs: plan.replyTimeoutMs }), deps.signal),
    ),
  );
  let refused = false;
  for (const out of runs) {
    if (out.spawnError !== undefined) {
      tally.errors.push(`ping could not start: ${out.spawnError}`);
      continue;
    }
    if (REFUSED_INTERVAL.test(out.stderr)) {
      refused = true;
      continue;
    }
    const p: PingParse = parsePingOutput(deps.os, out);
    if (p.unknownHost) tally.errors.push(`unknown host ${target}`);
    for (const n of p.notes) if (!tally.errors.includes(n)) tally.errors.push(n);
    // When ping was cut short (timeout, abort), only the echoes we saw answered are certain; count
    // what its statistics say were sent, or else the replies plus nothing more.
    tally.sent += p.transmitted ?? (out.timedOut ? p.replies.length : 0);
    for (const r of p.replies) tally.rtts.push(r.rttMs);
    p.ttlExceededFrom.forEach((a) => tally.ttlExceededFrom.add(a));
    p.unreachableFrom.forEach((a) => tally.unreachableFrom.add(a));
  }
  return refused ? 'interval-refused' : 'ok';
}

function summarise(target: string, t: Tally): PingStats {
  const received = Math.min(t.rtts.length, t.sent);
  const lost = t.sent - received;
  const rtts = t.rtts;
  const avg = rtts.length ? rtts.reduce((a, b) => a + b, 0) / rtts.length : 0;
  return {
    target,
    sent: t.sent,
    received,
    lossPct: t.sent === 0 ? 0 : Math.round((1000 * lost) / t.sent) / 10,
    lossCi95: wilsonInterval(lost, t.sent),
    rttMs: rtts.length
      ? { min: round2(Math.min(...rtts)), avg: round2(avg), max: round2(Math.max(...rtts)), p50: percentile(rtts, 0.5)!, p90: percentile(rtts, 0.9)! }
      : null,
    jitterMs: jitter(rtts),
    ttlExceededFrom: [...t.ttlExceededFrom],
    unreachableFrom: [...t.unreachableFrom],
    errors: t.errors,
  };
}

/**
 * Measures loss to a target adaptively (see PingPlan): fast on a clean or dead line, precise on a
 * lossy one. Never throws for expected failures: `errors` says what went wrong.
 */
export async function measurePing(target: string, deps: PingDeps, plan: Partial<PingPlan> = {}): Promise<PingStats> {
  const p: PingPlan = { ...DEFAULT_PLANS[deps.os], ...plan };
  const tally: Tally = { sent: 0, rtts: [], ttlExceededFrom: new Set(), unreachableFrom: new Set(), errors: [] };
  let stage1 = p.stage1;
  if ((await burst(target, stage1, p, deps, tally)) === 'interval-refused') {
    tally.errors.push(`ping refused a ${stage1.intervalMs} ms interval; measured at ${SLOW_BURST.intervalMs} ms instead`);
    stage1 = SLOW_BURST;
    await burst(target, stage1, p, deps, tally);
    return summarise(target, tally);
  }
  const first = summarise(target, tally);
  const partialLoss = first.sent > 0 && first.received > 0 && first.received < first.sent;
  if (partialLoss && !deps.signal?.aborted) await burst(target, p.stage2, p, deps, tally);
  return summarise(target, tally);
}
