import type { Probe } from '../engine/probe.js';
import { checkHttps, type HttpsCheck } from '../net/http/https-check.js';
import { cancellableLookup } from '../net/dns/cancellable-lookup.js';
import { adaptersProbe } from './adapters.js';
import { DNS_TIMEOUT_MS } from './dns-system.js';
import { skipUnlessPath } from './skip-unless-path.js';

export interface HttpsData {
  readonly checks: readonly HttpsCheck[];
}

/** Opens each profile URL: DNS, connect, TLS and first-byte times, and any certificate error by name. */
export const httpsProbe: Probe<HttpsData> = {
  id: 'https',
  dependsOn: [adaptersProbe],
  timeoutMs: 9000,
  async run(ctx) {
    const skip = skipUnlessPath(ctx, { checks: [] });
    if (skip) return skip;
    const urls = ctx.targets.internet.httpsUrls;
    if (urls.length === 0) return { status: 'skipped', data: { checks: [] }, error: 'the profile names no URL' };
    const checks = await Promise.all(urls.map((u) => checkHttps(u, { timeoutMs: 6000, signal: ctx.signal, lookup: cancellableLookup(DNS_TIMEOUT_MS) })));
    const ok = checks.filter((c) => c.ok).length;
    return { status: ok === checks.length ? 'ok' : ok === 0 ? 'fail' : 'warn', data: { checks } };
  },
};
