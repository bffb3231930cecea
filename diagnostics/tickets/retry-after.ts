/**
 * Reads an HTTP Retry-After header: either delta-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Returns milliseconds to wait, or undefined when the header is missing or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
