import { seconds } from './format-table.js';

// Issue #18's "done when" figures as the benchmark judges them: one printed line each, and
// whether it is met. The lines that are the issue's targets decide the benchmark's exit code
// (with the verdicts and the throughput rates), so a miss cannot hide in a long table.

/** Wall-time targets (issue #18): healthy --quick, the slowest fault scenario, the healthy full check with throughput. */
export const TARGETS = { healthyQuickMs: 2000, slowestFaultMs: 15_000, healthyFullMs: 8000 } as const;

/** One printed target and whether it was met; `gates` says whether a miss fails the benchmark. */
export interface TargetLine {
  readonly text: string;
  readonly met: boolean;
  readonly gates: boolean;
}

const mark = (met: boolean): string => (met ? 'met' : 'MISSED');

/**
 * A wall-time target: `label: 3.1 s (target <= 2.0 s): met`. Null `ms` (the run failed) misses.
 * A line that does not gate says so, so a reader knows a MISSED there leaves the exit code alone.
 */
export function timeTarget(label: string, ms: number | null, targetMs: number, gates = true, detail = ''): TargetLine {
  const met = ms !== null && ms <= targetMs;
  const text = `${label}: ${ms === null ? 'failed' : seconds(ms)}${detail} (target <= ${seconds(targetMs)}): ${mark(met)}${gates ? '' : ' (shown only: not an issue #18 target, not in the exit code)'}`;
  return { text, met, gates };
}

/** Loss measured within the tolerance of the loss injected, over every loss scenario that ran. */
export function lossTarget(rows: readonly { readonly label: string; readonly lossRight: boolean | null }[], tolerancePp: number): TargetLine {
  const judged = rows.filter((r) => r.lossRight !== null);
  const off = judged.filter((r) => r.lossRight === false).map((r) => r.label);
  const met = judged.length > 0 && off.length === 0;
  const text = `loss within ±${tolerancePp} points of the loss injected: ${judged.length - off.length}/${judged.length} scenarios: ${mark(met)}${off.length > 0 ? ` (${off.join(', ')})` : ''}`;
  return { text, met, gates: true };
}

/** 0 when the verdicts, the throughput rates and every gating target are fine, else 1. */
export function benchExitCode(o: { readonly wrongVerdicts: number; readonly companyRan: boolean; readonly throughputOk: boolean; readonly targets: readonly TargetLine[] }): 0 | 1 {
  return o.wrongVerdicts === 0 && o.companyRan && o.throughputOk && o.targets.every((t) => t.met || !t.gates) ? 0 : 1;
}
