import type { Probe } from '../engine/probe.js';
import { recogniseStoreFront, type StoreFrontKind } from '../net/citrix/storefront.js';
import { cancellableLookup } from '../net/dns/cancellable-lookup.js';
import { checkHttps, type HttpsCheck } from '../net/http/https-check.js';
import { adaptersProbe } from './adapters.js';
import { DNS_TIMEOUT_MS } from './dns-system.js';
import { skipUnlessPath } from './skip-unless-path.js';

export interface CitrixStoreFrontData {
  readonly check: HttpsCheck | null;
  readonly kind: StoreFrontKind | null;
}

/** The StoreFront or Gateway URL: DNS, TCP, TLS (certificate named), HTTP status, a recognisable page. */
export const citrixStoreFrontProbe: Probe<CitrixStoreFrontData> = {
  id: 'citrix-storefront',
  dependsOn: [adaptersProbe],
  timeoutMs: 8000,
  async run(ctx) {
    const empty: CitrixStoreFrontData = { check: null, kind: null };
    const skip = skipUnlessPath(ctx, empty);
    if (skip) return skip;
    const url = ctx.targets.citrix.storefrontUrl;
    if (url === undefined) return { status: 'skipped', data: empty, error: 'the profile names no StoreFront' };
    const check = await checkHttps(url, { timeoutMs: 6000, signal: ctx.signal, lookup: cancellableLookup(DNS_TIMEOUT_MS) });
    const kind = check.status === null ? null : recogniseStoreFront({ status: check.status, bodySample: check.bodySample, location: check.location });
    const ok = check.ok && (kind === 'storefront' || kind === 'gateway');
    return { status: ok ? 'ok' : 'fail', data: { check, kind } };
  },
};
