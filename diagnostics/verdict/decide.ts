import { SEGMENTS, type Segment, type Severity } from '../schema/report.js';
import type { Evidence } from './evidence.js';
import type { FindingDraft } from './finding-draft.js';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { problem: 0, warning: 1, info: 2 };

/** Path position of a segment; `unknown` (no proven owner) after every owned one. */
const pathRank = (s: FindingDraft['segment']): number => (s === 'unknown' ? SEGMENTS.length : SEGMENTS.indexOf(s));

/** Most important first: problems before warnings, then the fault nearest the user (it explains the rest). */
export function rankFindings(drafts: readonly FindingDraft[]): FindingDraft[] {
  return [...drafts].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || pathRank(a.segment) - pathRank(b.segment));
}

/** Probes whose failure to run leaves the verdict without its footing. */
const ESSENTIAL = ['adapters', 'gateway-ping', 'target-ping', 'dns-system'] as const;
/** Core witnesses too, but counted only when they ran and could not check (older evidence lacks them). */
const ESSENTIAL_WHEN_RUN = ['https'] as const;

export interface Decision {
  readonly segment: Segment;
  readonly top: FindingDraft | null;
  /** Essential probes that ended in error: named when the verdict is `unknown`. */
  readonly failedProbes: readonly string[];
}

/** Picks the one segment that owns the problem that matters most. */
export function decide(drafts: readonly FindingDraft[], e: Evidence): Decision {
  const failedProbes: string[] = [
    ...ESSENTIAL.filter((id) => e.status[id] === 'error' || e.status[id] === undefined),
    ...ESSENTIAL_WHEN_RUN.filter((id) => e.status[id] === 'error'),
  ];
  const top = rankFindings(drafts).find((d) => d.severity !== 'info') ?? null;
  if (top) return { segment: top.segment, top, failedProbes };
  return { segment: failedProbes.length > 0 ? 'unknown' : 'none', top: null, failedProbes };
}
