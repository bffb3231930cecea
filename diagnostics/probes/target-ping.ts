import type { Probe } from '../engine/probe.js';
import { measurePing, type PingStats } from '../net/ping/measure.js';
import { wilsonInterval } from '../net/ping/stats.js';
import { adaptersProbe } from './adapters.js';
import { skipUnlessPath } from './skip-unless-path.js';

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
    avgRttMs: avgRttMs === null ? null : Math.round(avgRttMs * 10) / 10,
  };
}

/** Loss, latency and jitter to the profile's internet targets, all measured in parallel. */
export const targetPingProbe: Probe<TargetPingData> = {
  id: 'target-ping',
  dependsOn: [adaptersProbe],
  timeoutMs: 12_000,
  async run(ctx) {
    const empty: TargetPingData = { targets: [], pooled: null };
    const skip = skipUnlessPath(ctx, empty);
    if (skip) return skip;
    const list = ctx.targets.internet.pingTargets;
    if (list.length === 0) return { status: 'skipped', data: empty, error: 'the profile names no ping target' };
    const all = await Promise.all(list.map((t) => measurePing(t, { run: ctx.run, os: ctx.os, signal: ctx.signal })));
    // A target ping could not measure adds no echoes, lost or answered: it is left out of the pool.
    const targets = all.filter((s) => s.couldNotMeasure === undefined);
    if (targets.length === 0) {
      const why = [...new Set(all.map((s) => s.couldNotMeasure))].join('; ');
      return { status: 'error', data: { targets: all, pooled: null }, error: why };
    }
    const pooled = poolStats(targets);
    const status = !pooled || pooled.received === 0 ? 'fail' : pooled.lossPct > 0 ? 'warn' : 'ok';
    return { status, data: { targets, pooled } };
  },
};
