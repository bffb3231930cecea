import type { BurstDeps } from '../ping/run-burst.js';
import { withFastBound } from './fast-line.js';
import { measureDownload } from './http-download.js';
import { parseTransferUrl } from './http-request.js';
import { measureUpload } from './http-upload.js';
import { sampleLatency, sampleWhile, waitForDrain } from './latency-sampler.js';
import type { LatencyReading, ThroughputMeasurement, ThroughputProvider } from './provider.js';
import type { TransferOutcome, TransferPlan } from './types.js';

/** What the HTTP provider needs: the profile's URLs, the plan, and where to ping while loading. */
export interface HttpProviderOptions {
  readonly downloadUrl?: string;
  readonly uploadUrl?: string;
  readonly plan: TransferPlan;
  /** Addresses to ping idle and under load: the line (provider's hop) and the home router. */
  readonly latency: { readonly line?: string; readonly gateway?: string };
  /**
   * Idle round trips (p50, ms) to the same addresses, when the check's ping probes just measured
   * them: then the provider does not spend a second measuring them again.
   */
  readonly idle?: { readonly line?: number; readonly gateway?: number };
  readonly ping: Omit<BurstDeps, 'signal'>;
  /** Mbit/s from which each direction may stop as proved fast (see fast-line.ts); none: never. */
  readonly fastMbps?: { readonly download?: number; readonly upload?: number };
}

type Phase = 'idle' | 'download' | 'upload';

/** Idle round trips are sampled for this long before any load starts, unless given. */
const IDLE_MS = 1000;
/** The longest the upload waits for the download's queue to drain. */
const DRAIN_CAP_MS = 3000;

/**
 * The profile's own endpoints: download, then upload (see measureDownload, measureUpload: each
 * adds streams while they help and stops once stable), while the line and the router are pinged.
 * Between them the download's connections are closed and the upload waits until the line's round
 * trip is back near idle, so it does not start against a queue still full of download.
 */
export function httpProvider(o: HttpProviderOptions): ThroughputProvider {
  return {
    id: 'http',
    async measure(signal) {
      const began = performance.now();
      const errors: string[] = [];
      const targets = (['line', 'gateway'] as const).flatMap((role) => (o.latency[role] ? [{ role, target: o.latency[role] }] : []));
      const readings = new Map<string, Partial<Record<Phase, number | null>>>();
      const put = (role: 'line' | 'gateway', phase: Phase, ms: number | null): void => {
        readings.set(role, { ...readings.get(role), [phase]: ms });
      };
      // Pings start after the first ramp step and stop when the transfer ends, so they see a full line.
      const loaded = async (phase: 'download' | 'upload', transfer: Promise<TransferOutcome>): Promise<TransferOutcome> => {
        const ended = new AbortController();
        const pinging = (async () => {
          await new Promise((r) => setTimeout(r, o.plan.warmupMs));
          if (signal.aborted || ended.signal.aborted) return;
          const stats = await Promise.all(targets.map((t) => sampleWhile(t.target, ended.signal, { ...o.ping, signal })));
          stats.forEach((s, i) => put(targets[i]!.role, phase, s.rttMs?.p50 ?? null));
        })();
        const out = await transfer.finally(() => ended.abort());
        await pinging;
        return out;
      };
      const down = o.downloadUrl === undefined ? undefined : parseTransferUrl(o.downloadUrl);
      const up = o.uploadUrl === undefined ? undefined : parseTransferUrl(o.uploadUrl);
      if (typeof down === 'string') errors.push(down);
      if (typeof up === 'string') errors.push(up);
      const given = targets.filter((t) => o.idle?.[t.role] !== undefined);
      for (const t of given) put(t.role, 'idle', o.idle![t.role]!);
      const toSample = targets.filter((t) => o.idle?.[t.role] === undefined);
      if (toSample.length > 0) {
        const stats = await Promise.all(toSample.map((t) => sampleLatency(t.target, IDLE_MS, { ...o.ping, signal })));
        stats.forEach((s, i) => put(toSample[i]!.role, 'idle', s.rttMs?.p50 ?? null));
      }
      const download = down instanceof URL ? await loaded('download', measureDownload(down, withFastBound(o.plan, o.fastMbps?.download), signal)) : undefined;
      let drain: ThroughputMeasurement['drain'];
      const lineIdle = readings.get('line')?.idle;
      if (download && up instanceof URL && o.latency.line !== undefined && typeof lineIdle === 'number' && !signal.aborted) {
        drain = await waitForDrain(o.latency.line, lineIdle, DRAIN_CAP_MS, { ...o.ping, signal });
      }
      const upload = up instanceof URL && !signal.aborted ? await loaded('upload', measureUpload(up, withFastBound(uploadPlan(o.plan, download), o.fastMbps?.upload), signal)) : undefined;
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
      const failed = failures(o, download, upload, signal);
      const m: ThroughputMeasurement = {
        provider: 'http',
        server,
        streams: Math.max(download?.result?.streams ?? 0, upload?.result?.streams ?? 0, download || upload ? 0 : o.plan.streams),
        durationMs: Math.round(performance.now() - began),
        ...(download?.result ? { download: download.result } : {}),
        ...(upload?.result ? { upload: upload.result } : {}),
        ...(line ? { latency: { line, ...(gateway ? { gateway } : {}) } } : {}),
        errors,
        ...(failed ? { failed } : {}),
        ...(drain ? { drain } : {}),
      };
      return m;
    },
  };
}

/**
 * The upload's plan: a line whose download took every stream there is to fill it (a fast or a
 * long one) starts its upload with all of them, instead of ramping up again from two in 0.5 s
 * steps; every other line ramps up from the start, as a slow upload may choke on many streams.
 */
export function uploadPlan(plan: TransferPlan, download: TransferOutcome | undefined): TransferPlan {
  return download?.result?.streams === plan.streams ? { ...plan, startStreams: plan.streams } : plan;
}

/** Each direction the profile asked for that has no figure, with the first reason seen. */
function failures(o: HttpProviderOptions, download: TransferOutcome | undefined, upload: TransferOutcome | undefined, signal: AbortSignal): ThroughputMeasurement['failed'] {
  const why = (url: string | undefined, out: TransferOutcome | undefined): string | undefined => {
    if (url === undefined || out?.result) return undefined;
    if (out === undefined) {
      const parsed = parseTransferUrl(url);
      return typeof parsed === 'string' ? parsed : signal.aborted ? 'the measurement was stopped before this direction' : 'not measured';
    }
    return out.errors[0] ?? 'no figure';
  };
  const d = why(o.downloadUrl, download);
  const u = why(o.uploadUrl, upload);
  return d === undefined && u === undefined ? undefined : { ...(d ? { download: d } : {}), ...(u ? { upload: u } : {}) };
}
