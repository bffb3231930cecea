/**
 * Why a send did not work, as data the outbox acts on. A transient failure (no network, a timeout,
 * 408, 429, 5xx) is retried later; a permanent one (bad credentials, a rejected request) waits for
 * the user, with the help desk's reason.
 */
export class TransientSendError extends Error {
  override readonly name = 'TransientSendError';
  constructor(
    message: string,
    /** The help desk asked us to wait this long (Retry-After). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** A failure that another attempt cannot fix: the user (or IT) must act first. */
export class PermanentSendError extends Error {
  override readonly name = 'PermanentSendError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** True for failures the outbox retries on its own. Anything that is not a known send error is a bug. */
export function isTransient(e: unknown): e is TransientSendError {
  return e instanceof TransientSendError;
}
