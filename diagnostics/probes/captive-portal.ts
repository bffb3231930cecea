import type { Probe } from '../engine/probe.js';
import { detectCaptivePortal, type CaptivePortalCheck } from '../net/http/captive-portal.js';
import { cancellableLookup } from '../net/dns/cancellable-lookup.js';
import { adaptersProbe } from './adapters.js';
import { DNS_TIMEOUT_MS } from './dns-system.js';
import { skipUnlessPath } from './skip-unless-path.js';

export interface CaptivePortalData {
  readonly check: CaptivePortalCheck | null;
}

/** Asks the connectivity-check URL whether a sign-in page stands between this network and the internet. */
export const captivePortalProbe: Probe<CaptivePortalData> = {
  id: 'captive-portal',
  dependsOn: [adaptersProbe],
  timeoutMs: 7000,
  async run(ctx) {
    const skip = skipUnlessPath(ctx, { check: null });
    if (skip) return skip;
    const url = ctx.targets.internet.captivePortalUrl;
    if (url === undefined) return { status: 'skipped', data: { check: null }, error: 'the profile names no captive-portal URL' };
    const check = await detectCaptivePortal(url, { timeoutMs: 5000, signal: ctx.signal, lookup: cancellableLookup(DNS_TIMEOUT_MS) });
    return { status: check.state === 'open' ? 'ok' : check.state === 'portal' ? 'fail' : 'warn', data: { check } };
  },
};
