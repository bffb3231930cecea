import type { ProbeOutcome } from './types.js';

/** Per target: probes sent and answered, and round-trip figures, for the status line and summary. */
export interface TargetFigures {
  readonly sent: number;
  readonly answered: number;
  readonly lastRttMs: number | null;
  /** Mean round trip of the answered probes, ms. */
  readonly avgRttMs: number | null;
}

/** Running totals per target: constant memory however long the monitor runs. */
export class ProbeTally {
  private readonly rows = new Map<string, { sent: number; answered: number; rttSum: number; last: number | null }>();

  add(o: ProbeOutcome): void {
    const r = this.rows.get(o.targetId) ?? { sent: 0, answered: 0, rttSum: 0, last: null };
    r.sent++;
    if (o.rttMs !== null) {
      r.answered++;
      r.rttSum += o.rttMs;
    }
    r.last = o.rttMs;
    this.rows.set(o.targetId, r);
  }

  figures(): Record<string, TargetFigures> {
    const out: Record<string, TargetFigures> = {};
    for (const [id, r] of this.rows) {
      out[id] = { sent: r.sent, answered: r.answered, lastRttMs: r.last, avgRttMs: r.answered === 0 ? null : Math.round((r.rttSum / r.answered) * 10) / 10 };
    }
    return out;
  }
}
