import type { Finding, Segment, Severity } from '../schema/report.js';
import { checkFigures, FIGURE_NAMES, FIGURE_UNIT, HIGHER_IS_BETTER, lossIntervals, type FigureName } from './figures.js';
import type { LoadedCheck } from './load-check.js';

/**
 * What changed between two checks of (usually) the same computer: the verdict, the findings and
 * the figures. Figures move only beyond a noise threshold, so two runs of a healthy line report
 * "nothing moved" instead of a list of 0.3 ms changes.
 */

/**
 * A figure counts as moved when the change is at least `abs` (in its unit) and at least `rel`
 * times the larger of the two values. Loss additionally needs the two 95 % intervals not to overlap when both
 * reports carry them: 1 lost echo of 100 and 3 of 100 are the same line.
 */
export const NOISE: Readonly<Record<FigureName, { readonly abs: number; readonly rel: number }>> = {
  gatewayLossPct: { abs: 1, rel: 0 },
  internetLossPct: { abs: 1, rel: 0 },
  gatewayRttMs: { abs: 5, rel: 0.3 },
  internetRttMs: { abs: 10, rel: 0.25 },
  jitterMs: { abs: 5, rel: 0.5 },
  dnsMs: { abs: 20, rel: 0.5 },
  wifiSignalDbm: { abs: 6, rel: 0 },
  downloadMbps: { abs: 2, rel: 0.2 },
  uploadMbps: { abs: 1, rel: 0.2 },
  loadIncreaseMs: { abs: 15, rel: 0.5 },
};

export interface DiffSide {
  readonly name: string;
  readonly startedAt: string;
  readonly segment: Segment;
}

export interface FindingRef {
  readonly id: string;
  readonly segment: Segment;
  readonly severity: Severity;
  readonly title: string;
}

export interface FigureMove {
  readonly name: FigureName;
  readonly unit: string;
  readonly before: number;
  readonly after: number;
  readonly delta: number;
  readonly change: 'better' | 'worse';
}

/** The difference between check A (before) and check B (after). */
export interface CheckDiff {
  readonly before: DiffSide;
  readonly after: DiffSide;
  readonly verdictChanged: boolean;
  readonly newFindings: readonly FindingRef[];
  readonly goneFindings: readonly FindingRef[];
  readonly severityChanged: readonly { readonly id: string; readonly title: string; readonly before: Severity; readonly after: Severity }[];
  readonly movedFigures: readonly FigureMove[];
  /** Figures measured in both checks that stayed within the noise thresholds. */
  readonly steadyFigures: readonly FigureName[];
  /** Figures only one of the two checks measured (a probe skipped, an older version). */
  readonly onlyBefore: readonly FigureName[];
  readonly onlyAfter: readonly FigureName[];
}

const ref = (f: Finding): FindingRef => ({ id: f.id, segment: f.segment, severity: f.severity, title: f.title });
const side = (c: LoadedCheck): DiffSide => ({ name: c.name, startedAt: c.report.startedAt, segment: c.report.verdict.segment });
const byId = (fs: readonly Finding[]): Map<string, Finding> => new Map(fs.map((f) => [f.id, f]));
const disjoint = (a: readonly [number, number], b: readonly [number, number]): boolean => a[1] < b[0] || b[1] < a[0];

/** Whether a change from `before` to `after` is beyond the figure's noise. */
export function isMove(name: FigureName, before: number, after: number, intervals?: { before?: readonly [number, number]; after?: readonly [number, number] }): boolean {
  const delta = Math.abs(after - before);
  const { abs, rel } = NOISE[name];
  // Relative to the larger of the two, so A→B and B→A agree on what moved.
  if (delta < abs || delta < rel * Math.max(Math.abs(before), Math.abs(after))) return false;
  if (intervals?.before && intervals.after) return disjoint(intervals.before, intervals.after);
  return true;
}

/** Compares two checks. Pure: the same two reports give the same answer. */
export function diffChecks(a: LoadedCheck, b: LoadedCheck): CheckDiff {
  const fa = byId(a.report.findings);
  const fb = byId(b.report.findings);
  const newFindings = [...fb.values()].filter((f) => !fa.has(f.id)).map(ref);
  const goneFindings = [...fa.values()].filter((f) => !fb.has(f.id)).map(ref);
  const severityChanged = [...fb.values()].flatMap((f) => {
    const was = fa.get(f.id);
    return was && was.severity !== f.severity ? [{ id: f.id, title: f.title, before: was.severity, after: f.severity }] : [];
  });
  const ga = checkFigures(a.report);
  const gb = checkFigures(b.report);
  const ia = lossIntervals(a.report);
  const ib = lossIntervals(b.report);
  const movedFigures: FigureMove[] = [];
  const steadyFigures: FigureName[] = [];
  for (const name of FIGURE_NAMES) {
    const before = ga[name];
    const after = gb[name];
    if (before === undefined || after === undefined) continue;
    const intervals = name === 'gatewayLossPct' || name === 'internetLossPct' ? { before: ia[name], after: ib[name] } : undefined;
    if (!isMove(name, before, after, intervals)) {
      steadyFigures.push(name);
      continue;
    }
    const delta = after - before;
    movedFigures.push({ name, unit: FIGURE_UNIT[name], before, after, delta, change: delta > 0 === HIGHER_IS_BETTER[name] ? 'better' : 'worse' });
  }
  return {
    before: side(a),
    after: side(b),
    verdictChanged: a.report.verdict.segment !== b.report.verdict.segment,
    newFindings,
    goneFindings,
    severityChanged,
    movedFigures,
    steadyFigures,
    onlyBefore: FIGURE_NAMES.filter((n) => ga[n] !== undefined && gb[n] === undefined),
    onlyAfter: FIGURE_NAMES.filter((n) => ga[n] === undefined && gb[n] !== undefined),
  };
}

/** True when nothing worth telling changed. */
export const diffIsEmpty = (d: CheckDiff): boolean =>
  !d.verdictChanged && d.newFindings.length === 0 && d.goneFindings.length === 0 && d.severityChanged.length === 0 && d.movedFigures.length === 0;
