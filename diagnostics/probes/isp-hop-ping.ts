import type { Probe } from '../engine/probe.js';
import { quickPlan } from '../net/ping/plan.js';
import { measurePing, type PingStats } from '../net/ping/measure.js';
import { pathProbe } from './path.js';

export interface IspHopPingData {
  readonly hop: string | null;
  readonly stats: PingStats | null;
}

/**
 * Loss and latency to the provider's first router. Routers often rate-limit echoes to themselves,
 * so the verdict trusts this only together with the loss to the targets beyond it.
 */
export const ispHopPingProbe: Probe<IspHopPingData> = {
  id: 'isp-hop-ping',
  dependsOn: [pathProbe],
  timeoutMs: 12_000,
  async run(ctx) {
    const hop = ctx.results.of(pathProbe)?.data.firstIspHop ?? null;
    if (hop === null) return { status: 'skipped', data: { hop, stats: null }, error: 'no provider hop was found' };
    ctx.observe({ hop });
    const stats = await measurePing(hop, { run: ctx.run, os: ctx.os, signal: ctx.signal }, quickPlan(ctx.quick));
    if (stats.couldNotMeasure !== undefined) return { status: 'error', data: { hop, stats: null }, error: stats.couldNotMeasure };
    return { status: stats.received === 0 ? 'fail' : stats.lossPct > 0 ? 'warn' : 'ok', data: { hop, stats } };
  },
};
