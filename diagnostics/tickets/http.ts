import { parseRetryAfter } from './retry-after.js';
import { PermanentSendError, SetupSendError, TransientSendError, UnconfirmedSendError } from './send-errors.js';

/** What a connector needs to talk to its help desk; injected so tests and the app choose the transport. */
export interface HttpContext {
  /** Node's fetch (undici) by default. */
  readonly fetch: typeof fetch;
  /** How long one request may take, answer body included, before it counts as a timeout. */
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
 * Socket errors that prove the request never reached the help desk (no connection was made), so
 * even a filing request that failed this way filed nothing. Every other network failure of a
 * filing request (a reset, a timeout after the request went out) may have filed the ticket.
 */
const NEVER_DELIVERED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'UND_ERR_CONNECT_TIMEOUT']);

/** A TLS handshake that failed (a certificate refused, a protocol mismatch): no request was sent either. */
function handshakeFailed(code: string): boolean {
  return /CERT|TLS|SSL/.test(code);
}

/**
 * One help-desk request. Returns the response when it is 2xx; otherwise throws a send error that
 * says what the help desk answered: 408/429/5xx and network failures are transient (429 and 503
 * carry Retry-After), every other 4xx is permanent. A filing request (anything but GET/HEAD) that
 * went out and got no answer is unconfirmed: the help desk may have filed it. An address fetch
 * cannot use at all, or one that redirects, is Homeline's set-up, not the help desk's answer.
 * `what` names the step for the user ("create the incident", "upload the bundle").
 */
export async function helpdeskRequest(ctx: HttpContext, url: string, init: RequestInit, what: string): Promise<Response> {
  const host = checkedHost(url);
  const timeout = AbortSignal.timeout(ctx.timeoutMs);
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, timeout]) : timeout;
  let res: Response;
  try {
    // Redirects are not followed: the bundle goes only to the configured address, never to
    // wherever a redirect (a sign-in page, http→https) points.
    res = await ctx.fetch(url, { ...init, redirect: 'manual', signal });
  } catch (e) {
    const reason = timeout.aborted ? `no answer within ${ctx.timeoutMs / 1000} s` : describeNetworkError(e);
    const code = errorCode(e) ?? '';
    if (files(init) && !NEVER_DELIVERED.has(code) && !handshakeFailed(code)) {
      throw new UnconfirmedSendError(`No answer when asked to ${what} at ${host} (${reason}); the help desk may have it.`);
    }
    throw new TransientSendError(`Could not ${what} at ${host}: ${reason}.`);
  }
  if (res.ok) return res;
  if (res.status >= 300 && res.status < 400) {
    await res.body?.cancel().catch(() => {});
    const to = res.headers.get('location');
    throw new SetupSendError(
      `The help desk at ${host} redirected the request to ${what} (HTTP ${res.status}${to ? ` to ${to}` : ''}): check the address in the help-desk configuration (https, the API's own host, no sign-in page).`,
      res.status,
    );
  }
  const body = await res.text().catch(() => '');
  const detail = `${what} at ${host}: HTTP ${res.status}${body ? ` — ${snippet(body)}` : ''}`;
  if (RETRYABLE.has(res.status) || res.status >= 500) {
    throw new TransientSendError(`Could not ${detail}.`, parseRetryAfter(res.headers.get('retry-after')));
  }
  throw new PermanentSendError(`The help desk refused to ${detail}.`, res.status);
}

/**
 * What a 2xx answer was to: a `lookup` only read (an unreadable answer is a plain transient
 * failure, nothing was filed), a `filing` request created or changed something at the help desk
 * (an unreadable answer means the ticket may exist: unconfirmed, never "not accepted").
 */
export type AnswerTo = 'lookup' | 'filing';

/**
 * Reads the JSON body of a 2xx answer. A body that breaks off (connection dropped, timeout while
 * it trickles in) or is not JSON (a proxy's page, half an answer) is told apart from a refusal:
 * after a filing request it is UnconfirmedSendError, after a lookup TransientSendError.
 */
export async function readJson(res: Response, what: string, answerTo: AnswerTo): Promise<unknown> {
  const text = await readBody(res, what, answerTo);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw unreadable(res, what, answerTo, `not JSON: ${snippet(text) || 'empty'}`);
  }
}

/** Reads the whole body of a 2xx answer; one that breaks off or stops arriving throws as readJson does. */
export async function readBody(res: Response, what: string, answerTo: AnswerTo): Promise<string> {
  try {
    return await res.text();
  } catch (e) {
    throw unreadable(res, what, answerTo, isTimeout(e) ? 'it stopped arriving before the time limit' : `it broke off: ${describeNetworkError(e)}`);
  }
}

function unreadable(res: Response, what: string, answerTo: AnswerTo, why: string): TransientSendError {
  return answerTo === 'filing'
    ? new UnconfirmedSendError(`The help desk took the request (HTTP ${res.status}) but its answer to ${what} could not be read (${why}); the ticket may exist.`)
    : new TransientSendError(`The help desk's answer to ${what} could not be read (${why}).`);
}

/** A filing request's 2xx answer lacks what it must hold (the new ticket's id): the ticket may exist. */
export function unconfirmedAnswer(message: string): UnconfirmedSendError {
  return new UnconfirmedSendError(`${message} The ticket may exist.`);
}

/** An HTTP Basic authorization header value. */
export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** The host of a help-desk address, or a set-up error naming what is wrong with the address. */
function checkedHost(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SetupSendError(`The help-desk address "${url}" is not a URL; correct it in the help-desk configuration.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new SetupSendError(`The help-desk address ${url} must start with https:// (it starts with ${parsed.protocol}//).`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new SetupSendError(`The help-desk address for ${parsed.host} contains a user name or password; remove it and store the credential as the help-desk secret.`);
  }
  return parsed.host;
}

function files(init: RequestInit): boolean {
  const method = (init.method ?? 'GET').toUpperCase();
  return method !== 'GET' && method !== 'HEAD';
}

function isTimeout(e: unknown): boolean {
  return e instanceof Error && (e.name === 'TimeoutError' || (e.cause instanceof Error && e.cause.name === 'TimeoutError'));
}

function errorCode(e: unknown): string | undefined {
  const cause = e instanceof Error ? (e as { cause?: unknown }).cause : undefined;
  return (cause as NodeJS.ErrnoException | undefined)?.code ?? (e as NodeJS.ErrnoException | undefined)?.code;
}

function describeNetworkError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  // undici wraps the socket error ("fetch failed", "terminated"); the cause says what actually happened.
  const cause = (e as { cause?: unknown }).cause;
  if (cause instanceof Error) return `${e.message} (${(cause as NodeJS.ErrnoException).code ?? cause.message})`;
  return e.message;
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
