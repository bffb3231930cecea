import { MAX_PARALLEL_TARGETS, mapPool } from '../engine/pool.js';
import type { Probe, ProbeContext, ProbeOutcome } from '../engine/probe.js';
import { measurePing, type PingStats } from '../net/ping/measure.js';
import { DEFAULT_PLANS, quickPlan } from '../net/ping/plan.js';
import type { OsKind } from '../platform/os-kind.js';
import { wilsonInterval } from '../net/ping/stats.js';
import { measureBesidePath } from './skip-unless-path.js';

/** Echoes to all targets added up: the end-to-end loss figure the verdict and the ISP call cite. */
export interface PooledLoss {
  readonly sent: number;
  readonly received: number;
  readonly lossPct: number;
  readonly lossCi95: readonly [number, number];
  readonly avgRttMs: number | null;
}

export interface TargetPingData {
  readonly targets: readonly PingStats[];
  readonly pooled: PooledLoss | null;
}

/** Pools several targets' echoes; a target that never answered still counts its echoes as lost. */
export function poolStats(stats: readonly PingStats[]): PooledLoss | null {
  const sent = stats.reduce((n, s) => n + s.sent, 0);
  if (sent === 0) return null;
  const received = stats.reduce((n, s) => n + s.received, 0);
  const [lo, hi] = wilsonInterval(sent - received, sent);
  const withRtt = stats.filter((s) => s.rttMs !== null && s.received > 0);
  const rttWeight = withRtt.reduce((n, s) => n + s.received, 0);
  const avgRttMs = rttWeight === 0 ? null : withRtt.reduce((n, s) => n + s.rttMs!.avg * s.received, 0) / rttWeight;
  return {
    sent,
    received,
    lossPct: Math.round((1000 * (sent - received)) / sent) / 10,
    lossCi95: [lo, hi],
    // Below 1 ms two significant digits stay (a lab or a near server), so it is never cited as 0 ms.
    avgRttMs: avgRttMs === null ? null : avgRttMs > 0 && avgRttMs < 1 ? Number(avgRttMs.toPrecision(2)) : Math.round(avgRttMs * 10) / 10,
  };
}

/**
 * Ping processes one probe may have starting at once across its targets: a target's first burst
 * takes 1 (Linux), 10 (macOS) or 25 (Windows) processes, so 4 Windows targets run together and
 * the rest wait. Later bursts may use more per target; the plan bounds those.
 */
const PING_PROCESS_BUDGET = 100;

/** How many targets to measure at once on this OS. */
export function parallelPingTargets(os: OsKind): number {
  return Math.max(1, Math.min(MAX_PARALLEL_TARGETS, Math.floor(PING_PROCESS_BUDGET / DEFAULT_PLANS[os].stage1.processes)));
}

/** Loss, latency and jitter to the profile's internet targets, measured in parallel up to a bound. */
export const targetPingProbe: Probe<TargetPingData> = {
  id: 'target-ping',
  // Not after the adapters probe: the pings start with the check, and its verdict on the path applies when they end.
  dependsOn: [],
  timeoutMs: 12_000,
  run: (ctx) => measureBesidePath(ctx, { targets: [], pooled: null }, () => pingTargets(ctx), (o) => (o.data.pooled?.received ?? 0) > 0),
};

async function pingTargets(ctx: ProbeContext<TargetPingData>): Promise<ProbeOutcome<TargetPingData>> {
  const empty: TargetPingData = { targets: [], pooled: null };
  const list = ctx.targets.internet.pingTargets;
  if (list.length === 0) return { status: 'skipped', data: empty, error: 'the profile names no ping target' };
  // Each finished target is observed, so a probe that runs out of time keeps what it measured.
  const done: PingStats[] = [];
  const all = await mapPool(list, parallelPingTargets(ctx.os), async (t) => {
    const stats = await measurePing(t, { run: ctx.run, os: ctx.os, signal: ctx.signal }, quickPlan(ctx.quick));
    if (stats.couldNotMeasure === undefined) done.push(stats);
    ctx.observe({ targets: [...done], pooled: poolStats(done) });
    return stats;
  });
  // A target ping could not measure adds no echoes, lost or answered: it is left out of the pool.
  const targets = all.filter((s) => s.couldNotMeasure === undefined);
  if (targets.length === 0) {
    const why = [...new Set(all.map((s) => s.couldNotMeasure))].join('; ');
    return { status: 'error', data: { targets: all, pooled: null }, error: why };
  }
  const pooled = poolStats(targets);
  const status = !pooled || pooled.received === 0 ? 'fail' : pooled.lossPct > 0 ? 'warn' : 'ok';
  return { status, data: { targets, pooled } };
}
