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
 * are spread evenly over its span. The window ends where the stream that finished least recently
 * last finished, so no counted stream has a request overlapping the window still unaccounted for.
 * A stream starved so badly that it finished nothing `minMs` into the window is left out (its
 * share is small by then). Returns null when no stream lasted `minMs` into the window.
 */
export function uploadedInWindow(spans: readonly UploadSpan[], from: number, minMs = 500): { bytes: number; durationMs: number; streams: number } | null {
  const lastEnd = new Map<number, number>();
  for (const s of spans) lastEnd.set(s.stream, Math.max(lastEnd.get(s.stream) ?? -Infinity, s.endMs));
  const counted = [...lastEnd].filter(([, end]) => end - from >= minMs);
  if (counted.length === 0) return null;
  const to = Math.min(...counted.map(([, end]) => end));
  const streams = new Set(counted.map(([stream]) => stream));
  let bytes = 0;
  for (const s of spans) {
    if (!streams.has(s.stream)) continue;
    const span = s.endMs - s.startMs;
    const overlap = Math.min(s.endMs, to) - Math.max(s.startMs, from);
    if (span > 0 && overlap > 0) bytes += (s.bytes * overlap) / span;
  }
  return { bytes: Math.round(bytes), durationMs: Math.round(to - from), streams: streams.size };
}
