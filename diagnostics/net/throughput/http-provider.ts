import type { BurstDeps } from '../ping/run-burst.js';
import { measureDownload } from './http-download.js';
import { parseTransferUrl } from './http-request.js';
import { measureUpload } from './http-upload.js';
import { sampleLatency } from './latency-sampler.js';
import type { LatencyReading, ThroughputMeasurement, ThroughputProvider } from './provider.js';
import type { TransferOutcome, TransferPlan } from './types.js';

/** What the HTTP provider needs: the profile's URLs, the plan, and where to ping while loading. */
export interface HttpProviderOptions {
  readonly downloadUrl?: string;
  readonly uploadUrl?: string;
  readonly plan: TransferPlan;
  /** Addresses to ping idle and under load: the line (provider's hop) and the home router. */
  readonly latency: { readonly line?: string; readonly gateway?: string };
  readonly ping: Omit<BurstDeps, 'signal'>;
}

type Phase = 'idle' | 'download' | 'upload';

/** Idle round trips are sampled for this long before any load starts. */
const IDLE_MS = 1000;

/**
 * The profile's own endpoints: download, then upload, each with parallel streams and a warm-up
 * that is not counted, while the line and the router are pinged; before both, the same pings idle.
 */
export function httpProvider(o: HttpProviderOptions): ThroughputProvider {
  return {
    id: 'http',
    async measure(signal) {
      const began = performance.now();
      const errors: string[] = [];
      const targets = (['line', 'gateway'] as const).flatMap((role) => (o.latency[role] ? [{ role, target: o.latency[role] }] : []));
      const readings = new Map<string, Partial<Record<Phase, number | null>>>();
      const sample = async (phase: Phase, ms: number): Promise<void> => {
        const stats = await Promise.all(targets.map((t) => sampleLatency(t.target, ms, { ...o.ping, signal })));
        stats.forEach((s, i) => {
          const role = targets[i]!.role;
          readings.set(role, { ...readings.get(role), [phase]: s.rttMs?.p50 ?? null });
        });
      };
      // Pings start after the warm-up and stop before the window ends, so all of them see a full line.
      const loaded = async (phase: 'download' | 'upload', transfer: Promise<TransferOutcome>): Promise<TransferOutcome> => {
        const pinging = (async () => {
          await new Promise((r) => setTimeout(r, o.plan.warmupMs));
          if (!signal.aborted) await sample(phase, Math.max(500, o.plan.measureMs - 1000));
        })();
        const [out] = await Promise.all([transfer, pinging]);
        return out;
      };
      const down = o.downloadUrl === undefined ? undefined : parseTransferUrl(o.downloadUrl);
      const up = o.uploadUrl === undefined ? undefined : parseTransferUrl(o.uploadUrl);
      if (typeof down === 'string') errors.push(down);
      if (typeof up === 'string') errors.push(up);
      await sample('idle', IDLE_MS);
      const download = down instanceof URL ? await loaded('download', measureDownload(down, o.plan, signal)) : undefined;
      const upload = up instanceof URL && !signal.aborted ? await loaded('upload', measureUpload(up, o.plan, signal)) : undefined;
      for (const out of [download, upload]) if (out) errors.push(...out.errors);
      const reading = (role: 'line' | 'gateway'): LatencyReading | undefined => {
        const r = readings.get(role);
        const target = o.latency[role];
        if (!r || target === undefined) return undefined;
        return { target, idleMs: r.idle ?? null, downloadMs: r.download ?? null, uploadMs: r.upload ?? null };
      };
      const line = reading('line');
      const gateway = reading('gateway');
      const server = (down instanceof URL ? down : up instanceof URL ? up : undefined)?.host ?? '';
      const m: ThroughputMeasurement = {
        provider: 'http',
        server,
        streams: o.plan.streams,
        durationMs: Math.round(performance.now() - began),
        ...(download?.result ? { download: download.result } : {}),
        ...(upload?.result ? { upload: upload.result } : {}),
        ...(line ? { latency: { line, ...(gateway ? { gateway } : {}) } } : {}),
        errors,
      };
      return m;
    },
  };
}
