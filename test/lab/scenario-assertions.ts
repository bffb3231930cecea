import { expect } from 'vitest';
import { isFalseAlarm, judge } from './judge.js';
import { kitTruthProblems } from './kit-truth.js';
import { reportDigest } from './lab-report.js';
import type { CheckRun } from './run-check.js';
import { LOSS_TOLERANCE_PP, type Scenario } from './scenarios.js';

/**
 * What every home-lab scenario asserts of its check run: the segment, the exit code, call kits
 * true in en/de/sv, no problem finding and no false alarm on a healthy network, the key finding,
 * and a loss figure within tolerance of what was injected.
 */
export function expectScenario(scenario: Scenario, run: CheckRun): void {
  const context = `${scenario.name}: ${reportDigest(run.report)}\nreport: ${JSON.stringify(run.report)}`;
  expect(run.report.verdict.segment, context).toBe(scenario.segment);
  expect(run.exitCode, context).toBe(scenario.exitCode);
  expect(kitTruthProblems(run.report), context).toEqual([]);
  if (scenario.segment === 'none') {
    // Healthy, unusual or not: no problem finding, and not a false alarm for the benchmark's count.
    expect(run.report.findings.filter((f) => f.severity === 'problem').map((f) => f.id), context).toEqual([]);
    expect(isFalseAlarm(scenario, run.report), context).toBe(false);
  }
  if (scenario.findingId !== null) expect(run.report.findings.map((f) => f.id), context).toContain(scenario.findingId);
  if (scenario.loss !== undefined) {
    const measured = judge(scenario, run).measuredLossPct;
    expect(measured, `${context}\nno loss figure at ${scenario.loss.readAt.probe}.${scenario.loss.readAt.path.join('.')}`).not.toBeNull();
    expect(Math.abs((measured ?? Number.NaN) - scenario.loss.injectedPct), `${scenario.name}: measured ${String(measured)} % vs injected ${scenario.loss.injectedPct} %`).toBeLessThanOrEqual(
      LOSS_TOLERANCE_PP,
    );
  }
}
