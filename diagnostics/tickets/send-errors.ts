/**
 * Why a send did not work, as data the outbox acts on. A transient failure (no network, a timeout,
 * 408, 429, 5xx) is retried later; a permanent one (bad credentials, a rejected request) waits for
 * the user, with the help desk's reason.
 */
export class TransientSendError extends Error {
  override readonly name: string = 'TransientSendError';
  constructor(
    message: string,
    /** The help desk asked us to wait this long (Retry-After). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/**
 * The help desk may have the ticket: it answered 2xx to a request that files something but the
 * answer could not be read (the connection dropped or timed out mid-body, the body was garbled or
 * lacked the id), or a filing request got no answer at all after it went out. The outbox records
 * the item as "sent, unconfirmed" and its next attempt looks the ticket up before filing anything.
 */
export class UnconfirmedSendError extends TransientSendError {
  override readonly name = 'UnconfirmedSendError';
}

/** A failure that another attempt cannot fix: the user (or IT) must act first. */
export class PermanentSendError extends Error {
  override readonly name: string = 'PermanentSendError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * The help desk was never contacted because Homeline's own set-up is wrong: no credential stored,
 * an unusable address. The message says what to fix; it is never worded as the help desk's refusal.
 */
export class SetupSendError extends PermanentSendError {
  override readonly name = 'SetupSendError';
}

/** True for failures the outbox retries on its own. Anything that is not a known send error is a bug. */
export function isTransient(e: unknown): e is TransientSendError {
  return e instanceof TransientSendError;
}
