/** How long the outbox waits between automatic attempts. */
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly capMs: number;
  /** The longest Retry-After we honour as is (a help desk asking for days is capped to this). */
  readonly maxRetryAfterMs: number;
}

/** 30 s, 1 min, 2 min … up to an hour: quick when the Wi-Fi blinked, quiet during a long outage. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, capMs: 3600_000, maxRetryAfterMs: 6 * 3600_000 };

/**
 * The wait before attempt `attempts + 1`: exponential, with "equal jitter" (half fixed, half
 * random) so that a fleet of laptops coming back online together does not hit the help desk in
 * step. A Retry-After from the help desk is obeyed as given (it knows when it will take work
 * again), capped so that a misconfigured one cannot park a ticket for days.
 */
export function nextDelayMs(attempts: number, random: () => number, retryAfterMs?: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  const jittered = exp / 2 + random() * (exp / 2);
  if (retryAfterMs === undefined) return Math.round(jittered);
  return Math.min(retryAfterMs, policy.maxRetryAfterMs);
}
