import type { Probe } from '../engine/probe.js';
import { checkHttps, type HttpsCheck } from '../net/http/https-check.js';
import { cancellableLookup } from '../net/dns/cancellable-lookup.js';
import { adaptersProbe } from './adapters.js';
import { DNS_TIMEOUT_MS } from './dns-system.js';
import { skipUnlessPath } from './skip-unless-path.js';

export interface HttpsData {
  readonly checks: readonly HttpsCheck[];
  /** How far this computer's clock is from the servers' (their Date header), in seconds; + = ahead. */
  readonly clockOffsetSeconds?: number | null;
}

/** The median offset of the local clock from the servers' Date headers (1 s resolution). */
export function clockOffsetSeconds(checks: readonly HttpsCheck[], startedAtMs: number): number | null {
  const offsets = checks
    .filter((c) => c.serverDate !== null && c.timings.firstByteMs !== null)
    .map((c) => {
      const server = Date.parse(c.serverDate!);
      const local = startedAtMs + c.timings.totalMs;
      return Number.isFinite(server) ? Math.round((local - server) / 1000) : null;
    })
    .filter((x): x is number => x !== null)
    .sort((a, b) => a - b);
  if (offsets.length === 0) return null;
  const mid = Math.floor(offsets.length / 2);
  return offsets.length % 2 === 1 ? offsets[mid]! : Math.round((offsets[mid - 1]! + offsets[mid]!) / 2);
}

/**
 * Opens each profile URL: DNS, connect, TLS and first-byte times, and any certificate error by
 * name. The servers' Date headers also tell how far off this computer's clock is.
 */
export const httpsProbe: Probe<HttpsData> = {
  id: 'https',
  dependsOn: [adaptersProbe],
  timeoutMs: 9000,
  async run(ctx) {
    const skip = skipUnlessPath(ctx, { checks: [] });
    if (skip) return skip;
    const urls = ctx.targets.internet.httpsUrls;
    if (urls.length === 0) return { status: 'skipped', data: { checks: [] }, error: 'the profile names no URL' };
    const startedAtMs = Date.now();
    const checks = await Promise.all(urls.map((u) => checkHttps(u, { timeoutMs: 6000, signal: ctx.signal, lookup: cancellableLookup(DNS_TIMEOUT_MS) })));
    const ok = checks.filter((c) => c.ok).length;
    const status = ok === checks.length ? 'ok' : ok === 0 ? 'fail' : 'warn';
    return { status, data: { checks, clockOffsetSeconds: clockOffsetSeconds(checks, startedAtMs) } };
  },
};
