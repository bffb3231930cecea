import type { StreamLine } from './stream-line.js';

/** An outcome of one echo, timed: when it was sent and its round trip (null: lost). */
export interface TimedOutcome {
  readonly sentAt: number;
  readonly rttMs: number | null;
}

/** Lost sequence numbers remembered to drop a second report about the same echo. */
const REMEMBERED = 64;

/**
 * Gives each line of one long-running ping its send time. A reply was sent its round trip before
 * it was read, and anchors the clock. A loss is timed from its sequence number and the last
 * anchor, not from when its line is read: when the router's address cannot be resolved, Linux
 * reports "Destination Host Unreachable" for a whole burst of echoes seconds after they were
 * sent, and timing those by arrival would place losses after the drop-out had ended. The same echo
 * is reported lost once (iputils -O says "no answer yet" first, the unreachable comes later).
 * Sequence numbers skipped without a report are losses too. Lines without a sequence number
 * (Windows) are timed as before: a reply by its round trip, a loss one interval before it was read.
 */
export class SeqClock {
  private anchor: { seq: number; sentAt: number } | null = null;
  private lastSeq: number | null = null;
  private readonly lost = new Set<number>();

  constructor(private readonly intervalMs: number) {}

  /** The outcomes one line means, read at `at` (ms since the epoch). */
  outcomes(p: StreamLine, at: number): TimedOutcome[] {
    if (p.seq === null) return [{ sentAt: p.kind === 'reply' ? at - p.rttMs : at - this.intervalMs, rttMs: p.kind === 'reply' ? p.rttMs : null }];
    const out: TimedOutcome[] = [];
    const sentAt = p.kind === 'reply' ? at - p.rttMs : this.sentAt(p.seq, at);
    if (this.lastSeq !== null && p.seq > this.lastSeq + 1) {
      for (let k = this.lastSeq + 1; k < p.seq; k++) {
        this.markLost(k);
        out.push({ sentAt: sentAt - (p.seq - k) * this.intervalMs, rttMs: null });
      }
    }
    this.lastSeq = Math.max(this.lastSeq ?? p.seq, p.seq);
    if (p.kind === 'reply') {
      this.anchor = { seq: p.seq, sentAt };
      out.push({ sentAt, rttMs: p.rttMs });
    } else if (!this.lost.has(p.seq)) {
      this.markLost(p.seq);
      out.push({ sentAt, rttMs: null });
    }
    return out;
  }

  private sentAt(seq: number, at: number): number {
    // Never later than one interval before the line was read: ping reports a loss no sooner.
    return this.anchor === null ? at - this.intervalMs : Math.min(this.anchor.sentAt + (seq - this.anchor.seq) * this.intervalMs, at - this.intervalMs);
  }

  private markLost(seq: number): void {
    this.lost.add(seq);
    if (this.lost.size > REMEMBERED) this.lost.delete(this.lost.values().next().value!);
  }
}
