import type { Report } from '../../schema/report.js';
import { checkMetricsPayload } from './metrics-payload.js';

/**
 * Fleet export: sends one finished check's figures to the company's OpenTelemetry collector over
 * OTLP/HTTP (JSON). Opt-in only: nothing is sent unless the managed policy hands over options with
 * `enabled: true`. It never throws and never waits longer than its timeout, so a collector that is
 * down, slow or answering 500 can never break or delay a check beyond that.
 */

/** What the policy says about fleet export. */
export interface FleetExportOptions {
  readonly enabled: boolean;
  /** The collector's OTLP/HTTP base URL (`https://otel.corp.example:4318`) or its full `/v1/metrics` URL. */
  readonly endpoint: string;
  /** Extra headers, e.g. an `Authorization` the collector requires. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Default 5000 ms. */
  readonly timeoutMs?: number;
  /** This installation's random id; only a hash of it is sent. */
  readonly installId?: string;
}

export type ExportOutcome =
  | { readonly sent: false; readonly reason: 'disabled' }
  | { readonly sent: true; readonly status: number; readonly rejectedDataPoints: number }
  | { readonly sent: false; readonly reason: 'failed'; readonly error: string };

export const DEFAULT_EXPORT_TIMEOUT_MS = 5000;

/** The full metrics URL: the OTLP convention appends `/v1/metrics` to a base endpoint. */
export function metricsUrl(endpoint: string): URL {
  const url = new URL(endpoint);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`the endpoint must be an http or https URL, not ${url.protocol}`);
  if (!url.pathname.endsWith('/v1/metrics')) url.pathname = `${url.pathname.replace(/\/+$/, '')}/v1/metrics`;
  return url;
}

/** The number of rejected points an OTLP partial-success answer names (0 when it names none). */
function rejectedPoints(body: string): number {
  try {
    const n = Number((JSON.parse(body) as { partialSuccess?: { rejectedDataPoints?: unknown } }).partialSuccess?.rejectedDataPoints ?? 0);
    return Number.isFinite(n) ? n : 0;
  } catch {
    return 0;
  }
}

/** Sends the check's metrics; resolves with what happened, never rejects. */
export async function exportCheckMetrics(
  report: Report,
  options: FleetExportOptions | undefined,
  ctx: { readonly serviceVersion: string; readonly fetch?: typeof fetch },
): Promise<ExportOutcome> {
  if (!options?.enabled) return { sent: false, reason: 'disabled' };
  const timeoutMs = options.timeoutMs ?? DEFAULT_EXPORT_TIMEOUT_MS;
  try {
    const url = metricsUrl(options.endpoint);
    const body = JSON.stringify(checkMetricsPayload(report, { serviceVersion: ctx.serviceVersion, ...(options.installId ? { installId: options.installId } : {}) }));
    const res = await (ctx.fetch ?? fetch)(url, {
      method: 'POST',
      headers: { ...options.headers, 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    const text = await res.text();
    if (!res.ok) return { sent: false, reason: 'failed', error: `the collector at ${url.origin} answered ${res.status}: ${text.slice(0, 200) || res.statusText}` };
    return { sent: true, status: res.status, rejectedDataPoints: rejectedPoints(text) };
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    const error = err.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `${err.message}${err.cause?.code ? ` (${err.cause.code})` : ''}`;
    return { sent: false, reason: 'failed', error };
  }
}
