import type { Report, Segment } from '../schema/report.js';
import { extractFigures, type CheckFigures } from './figures.js';

/** One check as history keeps it: when, whose problem, which findings, the key figures. */
export interface HistoryRecord {
  readonly startedAt: Date;
  readonly segment: Segment;
  readonly findingIds: readonly string[];
  readonly figures: CheckFigures;
}

/** What history keeps of a report. */
export function recordOf(r: Report): HistoryRecord {
  return {
    startedAt: new Date(r.startedAt),
    segment: r.verdict.segment,
    findingIds: r.findings.map((f) => f.id),
    figures: extractFigures(r),
  };
}
