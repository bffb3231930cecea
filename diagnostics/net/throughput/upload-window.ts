import type { SettledRates } from './adaptive.js';

/** One finished upload request: when it started, when its answer came, how many bytes it carried. */
export interface UploadSpan {
  readonly stream: number;
  readonly startMs: number;
  readonly endMs: number;
  readonly bytes: number;
}

/** What the upload carried in its window, and how many streams were counted. */
export interface UploadWindow {
  readonly bytes: number;
  readonly durationMs: number;
  readonly streams: number;
}

/**
 * Bytes uploaded inside [from, to], from finished requests only. The sender cannot see what the
 * network has delivered (the kernel buffers megabytes), but a server that answers only after
 * reading the whole body marks a point where every byte of it had arrived. Each request's bytes
 * are spread evenly over its span, which errs the same way at both edges of the window (a body is
 * carried mostly late in its span) as long as the requests at both edges ran under the same load.
 * The window ends at `to`, or earlier where a counted stream last finished, so no counted stream
 * has a request overlapping the window still unaccounted for: the caller keeps the streams
 * running until each has answered after `to` (see measureUpload), else the window shrinks and the
 * figure rests on a few long requests. A stream that finished nothing `minMs` into the window is
 * left out (its share is small by then). Returns null when no stream lasted `minMs` into it.
 */
export function uploadedInWindow(spans: readonly UploadSpan[], from: number, to: number, minMs = 500): UploadWindow | null {
  const lastEnd = new Map<number, number>();
  for (const s of spans) lastEnd.set(s.stream, Math.max(lastEnd.get(s.stream) ?? -Infinity, s.endMs));
  const counted = [...lastEnd].filter(([, end]) => end - from >= minMs);
  if (counted.length === 0 || !(to > from)) return null;
  const end = Math.min(to, ...counted.map(([, e]) => e));
  const streams = new Set(counted.map(([stream]) => stream));
  let bytes = 0;
  for (const s of spans) {
    if (!streams.has(s.stream)) continue;
    const span = s.endMs - s.startMs;
    const overlap = Math.min(s.endMs, end) - Math.max(s.startMs, from);
    if (span > 0 && overlap > 0) bytes += (s.bytes * overlap) / span;
  }
  return { bytes: Math.round(bytes), durationMs: Math.round(end - from), streams: streams.size };
}

/**
 * The upload's per-interval byte counts as far as the server has confirmed them, for the stability
 * rule: each finished request's bytes spread evenly over its span, as uploadedInWindow counts
 * them. They are final up to `settledMs`, the moment by which every running stream has had an
 * answer (a stream's requests follow one another, so everything it sent before its last answer is
 * in finished requests; a stream with no answer yet is final only up to its own start).
 */
export function settledRates(spans: readonly UploadSpan[], settledMs: number, intervalMs: number): SettledRates {
  return {
    complete: Math.max(0, Math.floor(settledMs / intervalMs)),
    perInterval(from, to) {
      const bins = Array.from({ length: Math.max(0, to - from) }, () => 0);
      for (const s of spans) {
        const span = s.endMs - s.startMs;
        if (!(span > 0)) continue;
        for (let i = Math.max(from, Math.floor(s.startMs / intervalMs)); i < to && i * intervalMs < s.endMs; i++) {
          const overlap = Math.min(s.endMs, (i + 1) * intervalMs) - Math.max(s.startMs, i * intervalMs);
          if (overlap > 0) bins[i - from]! += (s.bytes * overlap) / span;
        }
      }
      return bins;
    },
  };
}
