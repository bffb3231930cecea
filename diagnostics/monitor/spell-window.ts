import type { ProbeOutcome } from './types.js';

/** Figures of a sliding window of probes. */
export interface WindowFigures {
  readonly samples: number;
  readonly lost: number;
  readonly lossPct: number;
  readonly medianRttMs: number | null;
}

/** The probes of one segment over the last `spanMs`, for bad spells. Bounded by time, so by rate. */
export class SpellWindow {
  private items: ProbeOutcome[] = [];
  constructor(private readonly spanMs: number) {}

  add(o: ProbeOutcome): void {
    this.items.push(o);
  }

  /** Drops probes older than the span before `now`. */
  trim(now: number): void {
    const from = now - this.spanMs;
    if (this.items.length > 0 && this.items[0]!.sentAt < from) this.items = this.items.filter((o) => o.sentAt >= from);
  }

  /** Removes the probes of a drop-out: its loss is already an event and must not make a bad spell too. */
  forget(start: number, end: number): void {
    this.items = this.items.filter((o) => o.sentAt < start || o.sentAt > end);
  }

  clear(): void {
    this.items = [];
  }

  figures(): WindowFigures {
    const rtts = this.items.flatMap((o) => (o.rttMs === null ? [] : [o.rttMs])).sort((a, b) => a - b);
    const lost = this.items.length - rtts.length;
    const mid = rtts.length >> 1;
    const median = rtts.length === 0 ? null : rtts.length % 2 === 1 ? rtts[mid]! : (rtts[mid - 1]! + rtts[mid]!) / 2;
    return {
      samples: this.items.length,
      lost,
      lossPct: this.items.length === 0 ? 0 : (100 * lost) / this.items.length,
      medianRttMs: median,
    };
  }

  /** Send time of the oldest probe in the window that was lost or slower than `rttMs`. */
  firstBad(rttMs: number): number | null {
    return this.items.find((o) => o.rttMs === null || o.rttMs > rttMs)?.sentAt ?? null;
  }

  /** Send time of the newest probe in the window that was lost or slower than `rttMs`. */
  lastBad(rttMs: number): number | null {
    return this.items.findLast((o) => o.rttMs === null || o.rttMs > rttMs)?.sentAt ?? null;
  }
}
