import type { LookupFunction } from 'node:net';
import { classifyPortalAnswer, type PortalState } from './classify-portal.js';
import { checkHttps } from './https-check.js';

/** Whether a sign-in page stands between this network and the internet, with what showed it. */
export interface CaptivePortalCheck {
  readonly url: string;
  readonly state: PortalState;
  readonly status: number | null;
  /** Where a redirect pointed: usually the portal's login page. */
  readonly location: string | null;
  readonly evidence: string;
}

/** Limits for the connectivity check; `lookup` lets tests and the lab resolve names themselves. */
export interface CaptivePortalOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
  readonly lookup?: LookupFunction;
  readonly ca?: readonly string[];
}

/** GETs a generate_204-style URL without following redirects and reads the answer as open, portal or unreachable. */
export async function detectCaptivePortal(url: string, opts: CaptivePortalOptions): Promise<CaptivePortalCheck> {
  const check = await checkHttps(url, opts);
  const verdict = classifyPortalAnswer(check);
  return { url, state: verdict.state, status: check.status, location: check.location, evidence: verdict.evidence };
}
