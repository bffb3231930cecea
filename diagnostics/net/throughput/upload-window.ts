/** One finished upload request: when it started, when its answer came, how many bytes it carried. */
export interface UploadSpan {
  readonly stream: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly bytes: number;
}

/**
 * Bytes uploaded inside [from, to], from finished requests only. The sender cannot see what the
 * network has delivered (the kernel buffers megabytes), but a server that answers only after
 * reading the whole body marks a point where every byte of it had arrived. Each request's bytes
 * are spread evenly over its span, and the window ends where the stream that finished least
 * recently last finished, so no request that overlaps the window is still unaccounted for.
 * Returns null when fewer than `minMs` of window remain.
 */
export function uploadedInWindow(spans: readonly UploadSpan[], from: number, streams: number, minMs = 500): { bytes: number; durationMs: number } | null {
  if (streams <= 0) return null;
  const lastEnd = new Map<number, number>();
  for (const s of spans) lastEnd.set(s.stream, Math.max(lastEnd.get(s.stream) ?? -Infinity, s.endMs));
  if (lastEnd.size < streams) return null;
  const to = Math.min(...lastEnd.values());
  if (to - from < minMs) return null;
  let bytes = 0;
  for (const s of spans) {
    const span = s.endMs - s.startMs;
    const overlap = Math.min(s.endMs, to) - Math.max(s.startMs, from);
    if (span > 0 && overlap > 0) bytes += (s.bytes * overlap) / span;
  }
  return { bytes: Math.round(bytes), durationMs: Math.round(to - from) };
}
