import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../diagnostics/tickets/retry-after.js';
import { nextDelayMs } from '../../../diagnostics/tickets/outbox/backoff.js';

describe('Retry-After and backoff', () => {
  it('reads delta-seconds and HTTP dates, and ignores garbage', () => {
    const now = Date.parse('2026-11-23T08:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 08:01:30 GMT', now)).toBe(90_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('doubles from 30 s up to an hour, with jitter inside [half, full]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempts, r) => {
        const full = Math.min(3600_000, 30_000 * 2 ** (attempts - 1));
        const d = nextDelayMs(attempts, () => r);
        return d >= Math.floor(full / 2) && d <= full;
      }),
    );
    expect(nextDelayMs(1, () => 0)).toBe(15_000);
    expect(nextDelayMs(3, () => 0.999999)).toBe(120_000);
  });

  it('obeys Retry-After as given, capped at six hours', () => {
    expect(nextDelayMs(1, () => 0.5, 7000)).toBe(7000);
    expect(nextDelayMs(9, () => 0.5, 2000)).toBe(2000);
    expect(nextDelayMs(1, () => 0.5, 48 * 3600_000)).toBe(6 * 3600_000);
  });
});
