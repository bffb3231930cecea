import type { Probe, ProbeContext, ProbeOutcome } from '../engine/probe.js';
import { watchedRunner } from '../engine/watched-runner.js';
import { discoverHops } from '../net/ping/hops.js';
import { pingNeverMeasured } from '../net/ping/run-failure.js';
import { adaptersProbe } from './adapters.js';
import { measureBesidePath } from './skip-unless-path.js';

export interface PathHop {
  readonly ttl: number;
  readonly address: string | null;
  readonly reachedTarget: boolean;
}

export interface PathData {
  readonly target: string | null;
  readonly hops: readonly PathHop[];
  /** The first hop beyond the home router that answered: the provider's first router. */
  readonly firstIspHop: string | null;
}

const MAX_TTL = 4;

/** The first routers on the way out, found with TTL-limited echoes: the router, then the ISP. */
export const pathProbe: Probe<PathData> = {
  id: 'path',
  // Not after the adapters probe: the provider's hop is on the way to the slowest ping of the
  // check (isp-hop-ping), so the path is traced at once.
  dependsOn: [],
  timeoutMs: 6000,
  run(ctx) {
    const target = ctx.targets.internet.pingTargets[0] ?? null;
    return measureBesidePath(ctx, { target, hops: [], firstIspHop: null }, () => tracePath(ctx, target), (o) => o.data.hops.some((h) => h.address !== null));
  },
};

async function tracePath(ctx: ProbeContext<PathData>, target: string | null): Promise<ProbeOutcome<PathData>> {
  const empty: PathData = { target, hops: [], firstIspHop: null };
  if (target === null) return { status: 'skipped', data: empty, error: 'the profile names no ping target' };
  const watched = watchedRunner(ctx.run);
  const hops = await discoverHops(target, { run: watched.run, os: ctx.os, signal: ctx.signal }, MAX_TTL);
  // The home router is the first hop; where the adapters probe has read the default route by
  // now, its gateway is not taken for the provider's either (a router answering at two TTLs).
  const home = new Set([hops.find((h) => h.ttl === 1)?.address, ctx.results.of(adaptersProbe)?.data.defaultRoute?.gateway]);
  const firstIspHop = hops.find((h) => h.ttl >= 2 && h.address !== null && !home.has(h.address) && !h.reachedTarget)?.address ?? null;
  const answered = hops.some((h) => h.address !== null);
  // No hop answered because ping could not run or printed nothing readable: could not check,
  // not a silent path. A ping that ran and counted its lost echoes stays a silent path (warn).
  const failed = answered ? [] : pingNeverMeasured(watched.outputs, ctx.os);
  if (failed.length > 0) return { status: 'error', data: { target, hops, firstIspHop }, error: failed.join('; ') };
  return { status: answered ? 'ok' : 'warn', data: { target, hops, firstIspHop } };
}
