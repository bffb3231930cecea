import type { EvidenceLine, Rule } from '../finding-draft.js';
import { GRADE_BANDS_MS } from '../../net/throughput/grade.js';

/**
 * Bufferbloat: the round trip beyond the home grows by 60 ms or more while the line is busy
 * (grade C or worse); 200 ms or more (D, F) breaks calls and remote sessions, so it is a problem.
 * When the home router slows down just as much, the queue is at home, not on the line: no finding.
 */
export const bufferbloatRule: Rule = (e) => {
  const l = e.loadedLatency;
  if (l?.increaseMs === undefined || l.grade === undefined || l.idleMs === undefined || l.loadedMs === undefined) return [];
  if (l.increaseMs < GRADE_BANDS_MS.B) return [];
  const home = l.gateway ?? null;
  if (home !== null && home.increaseMs >= l.increaseMs / 2) return [];
  const evidence: EvidenceLine[] = [
    { key: 'loadedLatency', vars: { target: l.target ?? '', idle: l.idleMs, loaded: l.loadedMs, increase: l.increaseMs, grade: l.grade } },
    ...(home !== null ? [{ key: 'loadedLatencyHome' as const, vars: { loaded: home.loadedMs } }] : []),
  ];
  return [{ id: 'isp.bufferbloat', segment: 'isp', severity: l.increaseMs >= GRADE_BANDS_MS.C ? 'problem' : 'warning', evidence }];
};
