import type { Probe } from '../engine/probe.js';
import { fastLineMbps } from '../net/throughput/fast-line.js';
import { httpProvider } from '../net/throughput/http-provider.js';
import { ooklaProvider } from '../net/throughput/ookla/ookla-provider.js';
import type { ThroughputMeasurement, ThroughputProvider } from '../net/throughput/provider.js';
import { DEFAULT_TRANSFER_PLAN, type TransferPlan } from '../net/throughput/types.js';
import { adaptersProbe } from './adapters.js';
import { dnsPublicProbe } from './dns-public.js';
import { dnsSystemProbe } from './dns-system.js';
import { gatewayPingProbe } from './gateway-ping.js';
import { httpsProbe } from './https.js';
import { ispHopPingProbe } from './isp-hop-ping.js';
import { skipUnlessPath } from './skip-unless-path.js';
import { targetPingProbe } from './target-ping.js';
import { tcpTargetsProbe } from './tcp-targets.js';

/** The contract's `throughput` probe data: the measurement and the company's minimums beside it. */
export type ThroughputData = Omit<ThroughputMeasurement, 'errors'> & {
  readonly minDownloadMbps?: number;
  readonly minUploadMbps?: number;
  readonly errors: readonly string[];
};

/** The transfer plan, overridable by HOMELINE_THROUGHPUT_PLAN="streams,warmupMs,measureMs" (lab, benchmarks). */
export function transferPlan(env: NodeJS.ProcessEnv = process.env): TransferPlan {
  const raw = env.HOMELINE_THROUGHPUT_PLAN;
  if (!raw) return DEFAULT_TRANSFER_PLAN;
  const [streams, warmupMs, measureMs] = raw.split(',').map(Number);
  const ok = (n: number | undefined, lo: number, hi: number): n is number => n !== undefined && Number.isInteger(n) && n >= lo && n <= hi;
  if (!ok(streams, 1, 32) || !ok(warmupMs, 0, 10_000) || !ok(measureMs, 1000, 20_000)) {
    throw new Error(`HOMELINE_THROUGHPUT_PLAN must be "streams,warmupMs,measureMs" (1-32, 0-10000, 1000-20000), got ${JSON.stringify(raw)}`);
  }
  return { ...DEFAULT_TRANSFER_PLAN, streams, warmupMs, measureMs };
}

/**
 * Download and upload rate with latency under load. It runs after the loss, latency, TCP, DNS and
 * HTTPS probes, because a saturated line would spoil their figures (a queue full of download
 * makes handshakes look lost and pings late). The provider is the profile's HTTP
 * endpoints, or Ookla when `throughput.ookla` enables it (and records the licence as accepted).
 */
export const throughputProbe: Probe<ThroughputData> = {
  id: 'throughput',
  dependsOn: [adaptersProbe, gatewayPingProbe, ispHopPingProbe, targetPingProbe, tcpTargetsProbe, dnsSystemProbe, dnsPublicProbe, httpsProbe],
  timeoutMs: 45_000,
  slow: true,
  async run(ctx) {
    const t = ctx.targets.throughput;
    const mins = {
      ...(t.minDownloadMbps !== undefined ? { minDownloadMbps: t.minDownloadMbps } : {}),
      ...(t.minUploadMbps !== undefined ? { minUploadMbps: t.minUploadMbps } : {}),
    };
    const empty: ThroughputData = { provider: t.ookla?.enabled ? 'ookla' : 'http', server: '', streams: 0, durationMs: 0, ...mins, errors: [] };
    const skip = skipUnlessPath(ctx, empty);
    if (skip) return skip;
    if (ctx.results.of(targetPingProbe)?.data.pooled?.received === 0) {
      return { status: 'skipped', data: empty, error: 'the internet does not answer, so there is no line to measure' };
    }
    let provider: ThroughputProvider;
    if (t.ookla?.enabled) {
      provider = ooklaProvider(t.ookla, { run: ctx.run });
    } else if (t.downloadUrl || t.uploadUrl) {
      const hop = ctx.results.of(ispHopPingProbe)?.data;
      const gw = ctx.results.of(gatewayPingProbe)?.data;
      const line = hop?.hop ?? ctx.targets.internet.pingTargets[0];
      const gateway = gw?.gateway ?? undefined;
      // The ping probes just measured these round trips on the idle line: no need to wait a second more.
      const lineIdle = hop?.hop ? hop.stats?.rttMs?.p50 : undefined;
      const gatewayIdle = gateway ? gw?.stats?.rttMs?.p50 : undefined;
      provider = httpProvider({
        ...(t.downloadUrl ? { downloadUrl: t.downloadUrl } : {}),
        ...(t.uploadUrl ? { uploadUrl: t.uploadUrl } : {}),
        plan: transferPlan(),
        latency: { ...(line ? { line } : {}), ...(gateway ? { gateway } : {}) },
        idle: { ...(lineIdle !== undefined ? { line: lineIdle } : {}), ...(gatewayIdle !== undefined ? { gateway: gatewayIdle } : {}) },
        ping: { run: ctx.run, os: ctx.os },
        fastMbps: { download: fastLineMbps(t.minDownloadMbps, t.contractDownMbps), upload: fastLineMbps(t.minUploadMbps, t.contractUpMbps) },
      });
    } else {
      return { status: 'skipped', data: empty, error: 'the profile names no throughput URL and Ookla is not enabled' };
    }
    ctx.observe({ provider: provider.id });
    const m = await provider.measure(ctx.signal);
    const data: ThroughputData = { ...m, ...mins };
    const measured = (m.download ? 1 : 0) + (m.upload ? 1 : 0);
    if (measured === 0) return { status: 'fail', data, error: m.errors.join('; ') || 'nothing could be measured' };
    // A direction asked for but not measured is a failed measurement, never a silently shorter report.
    if (m.failed) return { status: 'warn', data, error: Object.entries(m.failed).map(([dir, why]) => `${dir}: ${why}`).join('; ') };
    return { status: m.errors.length > 0 ? 'warn' : 'ok', data, ...(m.errors.length > 0 ? { error: m.errors.join('; ') } : {}) };
  },
};
