import type { PathStats } from './path-stats.js';

// How a call over this path would feel, from UDP loss, jitter and round trip. Thresholds and
// where they come from:
// - good: loss < 1 %, jitter < 30 ms, round trip < 100 ms — the pass criteria of Microsoft's
//   Teams network assessment tool (its 10-second test call), also cited in issue #19.
// - fair: loss < 3 %, jitter < 50 ms, round trip < 300 ms — 300 ms round trip is ITU-T G.114's
//   150 ms one-way delay, up to which most conversations are not disturbed; up to ~3 % random loss
//   is commonly cited VoIP guidance for codecs with loss concealment (e.g. Opus, G.711 with PLC).
// - poor: loss < 10 %, jitter < 100 ms, round trip < 800 ms — G.114 holds one-way delay above
//   400 ms (800 ms round trip) unacceptable for planning; beyond 10 % loss speech breaks up.
// - bad: anything worse. The worst of the three figures decides.
// The round trip is measured to the STUN server, which for a real call is the media relay or
// the other party's first hop: a lower bound of the call's mouth-to-ear delay, not all of it.

export type CallGrade = 'good' | 'fair' | 'poor' | 'bad';

interface Limits {
  readonly lossPct: number;
  readonly jitterMs: number;
  readonly rttMs: number;
}

export const CALL_GRADE_LIMITS: Readonly<Record<Exclude<CallGrade, 'bad'>, Limits>> = {
  good: { lossPct: 1, jitterMs: 30, rttMs: 100 },
  fair: { lossPct: 3, jitterMs: 50, rttMs: 300 },
  poor: { lossPct: 10, jitterMs: 100, rttMs: 800 },
};

const ORDER: readonly Exclude<CallGrade, 'bad'>[] = ['good', 'fair', 'poor'];

function within(value: number | null, limit: number): boolean {
  return value === null || value < limit;
}

/** The grade, or null when nothing came back (no round trip to judge: the path is blocked, not bad). */
export function gradeCall(s: Pick<PathStats, 'received' | 'lossPct' | 'jitterMs' | 'rttAvgMs'>): CallGrade | null {
  if (s.received === 0) return null;
  for (const grade of ORDER) {
    const l = CALL_GRADE_LIMITS[grade];
    if (s.lossPct < l.lossPct && within(s.jitterMs, l.jitterMs) && within(s.rttAvgMs, l.rttMs)) return grade;
  }
  return 'bad';
}

/** Which figure(s) kept the grade from being better: what the finding names. */
export function limitingFigures(s: Pick<PathStats, 'lossPct' | 'jitterMs' | 'rttAvgMs'>): ('loss' | 'jitter' | 'rtt')[] {
  const good = CALL_GRADE_LIMITS.good;
  const out: ('loss' | 'jitter' | 'rtt')[] = [];
  if (s.lossPct >= good.lossPct) out.push('loss');
  if (!within(s.jitterMs, good.jitterMs)) out.push('jitter');
  if (!within(s.rttAvgMs, good.rttMs)) out.push('rtt');
  return out;
}
