import type { PathStats } from './path-stats.js';
import { eModel, type Codec, type EModelResult, G711_PLC } from './e-model.js';

// How a call over this path would feel: the E-model's R factor (e-model.ts states the model and
// its constants) in the user-satisfaction bands of ITU-T G.107 Annex B / G.109:
// - good: R ≥ 80 — "users satisfied" or better (MOS ≥ 4.03)
// - fair: 70 ≤ R < 80 — "some users dissatisfied" (MOS 3.60–4.03)
// - poor: 50 ≤ R < 70 — "many" to "nearly all users dissatisfied" (MOS 2.58–3.60)
// - bad:  R < 50 — G.109: "not recommended"
// The old fixed limits (Microsoft Teams network assessment: loss < 1 %, jitter < 30 ms, round
// trip < 100 ms) stay as `limitingFigures`, which names the figures that miss them.

export type CallGrade = 'good' | 'fair' | 'poor' | 'bad';

/** The lowest R of each grade (G.109 bands). */
export const CALL_GRADE_MIN_R: Readonly<Record<Exclude<CallGrade, 'bad'>, number>> = { good: 80, fair: 70, poor: 50 };

/** Microsoft Teams network assessment pass criteria: which figures a finding names. */
export const TEAMS_PASS_LIMITS = { lossPct: 1, jitterMs: 30, rttMs: 100 } as const;

type GradeInput = Pick<PathStats, 'received' | 'lossPct' | 'jitterMs' | 'rttAvgMs'>;

export function gradeFromR(r: number): CallGrade {
  if (r >= CALL_GRADE_MIN_R.good) return 'good';
  if (r >= CALL_GRADE_MIN_R.fair) return 'fair';
  if (r >= CALL_GRADE_MIN_R.poor) return 'poor';
  return 'bad';
}

/** The E-model figures, or null when nothing came back (no round trip to judge: the path is blocked, not bad). */
export function callModel(s: GradeInput, codec: Codec = G711_PLC): EModelResult | null {
  return s.received === 0 ? null : eModel(s, codec);
}

/** The grade, or null when nothing came back. */
export function gradeCall(s: GradeInput, codec: Codec = G711_PLC): CallGrade | null {
  const m = callModel(s, codec);
  return m === null ? null : gradeFromR(m.r);
}

function within(value: number | null, limit: number): boolean {
  return value === null || value < limit;
}

/** Which figure(s) miss the Teams pass criteria: what the finding names. */
export function limitingFigures(s: Pick<PathStats, 'lossPct' | 'jitterMs' | 'rttAvgMs'>): ('loss' | 'jitter' | 'rtt')[] {
  const out: ('loss' | 'jitter' | 'rtt')[] = [];
  if (s.lossPct >= TEAMS_PASS_LIMITS.lossPct) out.push('loss');
  if (!within(s.jitterMs, TEAMS_PASS_LIMITS.jitterMs)) out.push('jitter');
  if (!within(s.rttAvgMs, TEAMS_PASS_LIMITS.rttMs)) out.push('rtt');
  return out;
}
