/** What a connectivity check concluded: the way out is free, a sign-in page is in the way, or no answer. */
export type PortalState = 'open' | 'portal' | 'unreachable';

/** The parts of an HTTP answer that tell a portal apart from an open network. */
export interface PortalAnswer {
  readonly status: number | null;
  readonly location: string | null;
  readonly contentType: string | null;
  readonly bodySample: string;
  /** Set when no HTTP answer came back (DNS, connect, TLS failure or timeout). */
  readonly failure: { readonly stage: string; readonly code: string } | null;
}

/** The decision and the sentence that backs it. */
export interface PortalVerdict {
  readonly state: PortalState;
  readonly evidence: string;
}

const HTML_MARK = /<\s*(!doctype|html|head|body|meta|title|script|form|a\s|div|p[\s>])/i;

/** True when a body looks like a web page rather than the empty answer a check URL gives. */
export function looksLikeHtml(contentType: string | null, body: string): boolean {
  return (contentType !== null && /html/i.test(contentType)) || HTML_MARK.test(body);
}

/**
 * Decides from one answer to a generate_204-style URL. 204, or 200 with an empty body, is the
 * expected answer; a redirect, a 511 (RFC 6585) or a page in place of the empty answer means
 * someone on the way answers for the server. No answer at all is not evidence of a portal.
 */
export function classifyPortalAnswer(a: PortalAnswer): PortalVerdict {
  if (a.failure && a.status === null) {
    return { state: 'unreachable', evidence: `no answer (${a.failure.stage}: ${a.failure.code})` };
  }
  const status = a.status;
  if (status === null) return { state: 'unreachable', evidence: 'no HTTP status received' };
  if (status === 204) return { state: 'open', evidence: 'answered 204 No Content as expected' };
  if (status >= 300 && status < 400) {
    return {
      state: 'portal',
      evidence: a.location ? `redirected (${status}) to ${a.location}` : `redirected (${status}) without a target`,
    };
  }
  if (status === 511) return { state: 'portal', evidence: 'answered 511 Network Authentication Required' };
  if (status === 200) {
    const body = a.bodySample.trim();
    if (body === '') return { state: 'open', evidence: 'answered 200 with an empty body' };
    if (looksLikeHtml(a.contentType, body)) return { state: 'portal', evidence: `answered 200 with a web page (${excerpt(body)})` };
    return { state: 'portal', evidence: `answered 200 with unexpected content (${excerpt(body)})` };
  }
  // A 404 or 500 says the check URL itself is wrong or down: no conclusion about a portal.
  return { state: 'unreachable', evidence: `answered ${status} instead of 204; the check URL may be wrong` };
}

function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ');
  return flat.length > 80 ? `${flat.slice(0, 80)}…` : flat;
}
