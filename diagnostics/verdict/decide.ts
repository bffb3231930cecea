import { SEGMENTS, type Segment, type Severity } from '../schema/report.js';
import type { Evidence } from './evidence.js';
import type { FindingDraft } from './finding-draft.js';

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { problem: 0, warning: 1, info: 2 };

/** Path order; `unknown` (witnesses that contradict each other) after every proven fault of the same weight. */
const segmentRank = (s: FindingDraft['segment']): number => (s === 'unknown' ? SEGMENTS.length : SEGMENTS.indexOf(s));

/**
 * One finding per id: two rules may reach the same fault from different evidence (a dead company
 * resolver is `vpn.dns` to both the DNS rule and the VPN rule). The report then names it once,
 * with both rules' evidence lines (each once), the graver severity and the witnesses of either.
 */
export function mergeSameId(drafts: readonly FindingDraft[]): FindingDraft[] {
  const byId = new Map<string, FindingDraft>();
  for (const d of drafts) {
    const seen = byId.get(d.id);
    if (!seen) {
      byId.set(d.id, d);
      continue;
    }
    const lineKey = (l: FindingDraft['evidence'][number]): string => JSON.stringify(l);
    const known = new Set(seen.evidence.map(lineKey));
    const witnesses = [...new Set([...(seen.witnesses ?? []), ...(d.witnesses ?? [])])];
    byId.set(d.id, {
      ...seen,
      severity: SEVERITY_RANK[d.severity] < SEVERITY_RANK[seen.severity] ? d.severity : seen.severity,
      evidence: [...seen.evidence, ...d.evidence.filter((l) => !known.has(lineKey(l)))],
      ...(witnesses.length > 0 ? { witnesses } : {}),
    });
  }
  return [...byId.values()];
}

/** Most important first: problems before warnings, then the fault nearest the user (it explains the rest). */
export function rankFindings(drafts: readonly FindingDraft[]): FindingDraft[] {
  return mergeSameId(drafts).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || segmentRank(a.segment) - segmentRank(b.segment));
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
