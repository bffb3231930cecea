// Figures of a train of UDP request/answer pairs, as a call would feel them. Pure arithmetic on
// what the socket saw, so it is tested without a network.

/** One request of the train: when it left and, if answered, when its answer came back (ms, monotonic). */
export interface Exchange {
  readonly seq: number;
  readonly sentAt: number;
  readonly receivedAt: number | null;
}

export interface PathStats {
  readonly sent: number;
  readonly received: number;
  /** Percent of requests without an answer (one decimal). */
  readonly lossPct: number;
  readonly rttAvgMs: number | null;
  readonly rttMinMs: number | null;
  readonly rttP95Ms: number | null;
  /** RFC 3550 §6.4.1 interarrival jitter over the round trips, in ms (one decimal). */
  readonly jitterMs: number | null;
  /** Answers that arrived after an answer to a later request. */
  readonly reordered: number;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * RFC 3550's interarrival jitter: J += (|D(i-1,i)| − J) / 16, where D is the change in transit
 * time between consecutive packets in arrival order. With request/answer pairs the transit time
 * of each pair is its round trip, so D is the difference of consecutive RTTs. The 1/16 gain is the
 * RFC's: it smooths like an RTP receiver's report, which is what call software shows.
 */
export function interarrivalJitter(rttsInArrivalOrder: readonly number[]): number | null {
  if (rttsInArrivalOrder.length < 2) return null;
  let j = 0;
  for (let i = 1; i < rttsInArrivalOrder.length; i++) {
    const d = Math.abs((rttsInArrivalOrder[i] as number) - (rttsInArrivalOrder[i - 1] as number));
    j += (d - j) / 16;
  }
  return j;
}

/** The nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? null;
}

/** Loss, round trips, jitter and reordering of a finished train. */
export function pathStats(exchanges: readonly Exchange[]): PathStats {
  const answered = exchanges.filter((e): e is Exchange & { receivedAt: number } => e.receivedAt !== null);
  const byArrival = [...answered].sort((a, b) => a.receivedAt - b.receivedAt);
  const rtts = byArrival.map((e) => e.receivedAt - e.sentAt);
  let reordered = 0;
  let highest = -1;
  for (const e of byArrival) {
    if (e.seq < highest) reordered++;
    else highest = e.seq;
  }
  const sorted = [...rtts].sort((a, b) => a - b);
  const jitter = interarrivalJitter(rtts);
  const sent = exchanges.length;
  return {
    sent,
    received: answered.length,
    lossPct: sent === 0 ? 0 : round1(((sent - answered.length) / sent) * 100),
    rttAvgMs: rtts.length === 0 ? null : round1(rtts.reduce((s, r) => s + r, 0) / rtts.length),
    rttMinMs: sorted.length === 0 ? null : round1(sorted[0] as number),
    rttP95Ms: percentile(sorted, 95) === null ? null : round1(percentile(sorted, 95) as number),
    jitterMs: jitter === null ? null : round1(jitter),
    reordered,
  };
}

/**
 * Several servers' figures as one: loss and round trip over all requests (more samples, so a
 * closer loss figure), jitter and 95th percentile the worst server's (a call uses one relay, and
 * the worse one may be it).
 */
export function poolStats(list: readonly PathStats[]): PathStats | null {
  if (list.length === 0) return null;
  const sent = list.reduce((n, s) => n + s.sent, 0);
  const received = list.reduce((n, s) => n + s.received, 0);
  const withRtt = list.filter((s) => s.rttAvgMs !== null && s.received > 0);
  const worst = (pick: (s: PathStats) => number | null): number | null => {
    const values = list.map(pick).filter((v): v is number => v !== null);
    return values.length === 0 ? null : Math.max(...values);
  };
  const best = list.map((s) => s.rttMinMs).filter((v): v is number => v !== null);
  return {
    sent,
    received,
    lossPct: sent === 0 ? 0 : round1(((sent - received) / sent) * 100),
    rttAvgMs: withRtt.length === 0 ? null : round1(withRtt.reduce((n, s) => n + (s.rttAvgMs as number) * s.received, 0) / received),
    rttMinMs: best.length === 0 ? null : Math.min(...best),
    rttP95Ms: worst((s) => s.rttP95Ms),
    jitterMs: worst((s) => s.jitterMs),
    reordered: list.reduce((n, s) => n + s.reordered, 0),
  };
}
