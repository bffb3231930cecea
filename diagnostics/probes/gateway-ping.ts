import type { Probe } from '../engine/probe.js';
import { quickPlan } from '../net/ping/plan.js';
import { measurePing, type PingStats } from '../net/ping/measure.js';
import { adaptersProbe } from './adapters.js';
import { skipUnlessPath } from './skip-unless-path.js';

export interface GatewayPingData {
  readonly gateway: string | null;
  readonly stats: PingStats | null;
  /** Copied up from stats so reports and benchmarks read one number. */
  readonly lossPct: number | null;
}

/** Loss, latency and jitter to the home router: is the local link (Wi-Fi or cable) healthy? */
export const gatewayPingProbe: Probe<GatewayPingData> = {
  id: 'gateway-ping',
  dependsOn: [adaptersProbe],
  timeoutMs: 12_000,
  async run(ctx) {
    const skip = skipUnlessPath(ctx, { gateway: null, stats: null, lossPct: null });
    if (skip) return skip;
    const gateway = ctx.results.of(adaptersProbe)?.data.defaultRoute?.gateway ?? null;
    if (gateway === null) {
      return { status: 'skipped', data: { gateway, stats: null, lossPct: null }, error: 'the default route names no router' };
    }
    ctx.observe({ gateway });
    const stats = await measurePing(gateway, { run: ctx.run, os: ctx.os, signal: ctx.signal }, quickPlan(ctx.quick));
    if (stats.couldNotMeasure !== undefined) {
      // No echo was measured: zeros here are not "the router is silent". Rules treat this as no evidence.
      return { status: 'error', data: { gateway, stats: null, lossPct: null }, error: stats.couldNotMeasure };
    }
    const status = stats.received === 0 ? 'fail' : stats.lossPct > 0 ? 'warn' : 'ok';
    return { status, data: { gateway, stats, lossPct: stats.lossPct } };
  },
};
