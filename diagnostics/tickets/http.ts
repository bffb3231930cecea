import { parseRetryAfter } from './retry-after.js';
import { PermanentSendError, TransientSendError } from './send-errors.js';

/** What a connector needs to talk to its help desk; injected so tests and the app choose the transport. */
export interface HttpContext {
  /** Node's fetch (undici) by default. */
  readonly fetch: typeof fetch;
  /** How long one request may take before it counts as a timeout (transient). */
  readonly timeoutMs: number;
  /** Cancels everything, e.g. when the app quits. */
  readonly signal?: AbortSignal;
}

/** The default: global fetch, 30 s per request (uploads of a few MB over a slow home line). */
export function defaultHttpContext(signal?: AbortSignal): HttpContext {
  return { fetch: globalThis.fetch, timeoutMs: 30_000, ...(signal ? { signal } : {}) };
}

const RETRYABLE = new Set([408, 425, 429]);

/**
 * One help-desk request. Returns the response when it is 2xx; otherwise throws a send error that
 * says what the help desk answered: 408/429/5xx and network failures are transient (429 and 503
 * carry Retry-After), every other 4xx is permanent. `what` names the step for the user ("create the
 * incident", "upload the bundle").
 */
export async function helpdeskRequest(ctx: HttpContext, url: string, init: RequestInit, what: string): Promise<Response> {
  const timeout = AbortSignal.timeout(ctx.timeoutMs);
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await ctx.fetch(url, { ...init, signal });
  } catch (e) {
    const reason = timeout.aborted ? `no answer within ${ctx.timeoutMs / 1000} s` : describeNetworkError(e);
    throw new TransientSendError(`Could not ${what} at ${new URL(url).host}: ${reason}.`);
  }
  if (res.ok) return res;
  const body = await res.text().catch(() => '');
  const detail = `${what} at ${new URL(url).host}: HTTP ${res.status}${body ? ` — ${snippet(body)}` : ''}`;
  if (RETRYABLE.has(res.status) || res.status >= 500) {
    throw new TransientSendError(`Could not ${detail}.`, parseRetryAfter(res.headers.get('retry-after')));
  }
  throw new PermanentSendError(`The help desk refused to ${detail}.`, res.status);
}

/** Reads a JSON answer, turning a garbled one into a clear (transient: a proxy page, a half answer) error. */
export async function readJson(res: Response, what: string): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new TransientSendError(`The help desk's answer to ${what} is not JSON: ${snippet(text)}`);
  }
}

/** An HTTP Basic authorization header value. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

function describeNetworkError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  // undici wraps the socket error ("fetch failed"); the cause says what actually happened.
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof Error) return `${e.message} (${(cause as NodeJS.ErrnoException).code ?? cause.message})`;
  return e.message;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
