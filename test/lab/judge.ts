import { probeNumber, type LabReport } from './lab-report.js';
import type { CheckRun } from './run-check.js';
import { LOSS_TOLERANCE_PP, type Scenario } from './scenarios.js';

// Comparing one check run with its scenario's expectations. Pure, so the test and the benchmark
// judge the same way.

/** How a run compares with its scenario. */
export interface Judgement {
  readonly exitRight: boolean;
  readonly segmentRight: boolean;
  /** The key finding is present (healthy: no finding is a `problem`). */
  readonly findingRight: boolean;
  /** Null when the scenario injects no loss or the report holds no figure. */
  readonly measuredLossPct: number | null;
  /** True when no loss was injected; else whether the measurement is within the tolerance. */
  readonly lossRight: boolean;
  /** The verdict as the benchmark scores it: exit code, segment and key finding all right. */
  readonly right: boolean;
  /** A healthy network was given a fault (see isFalseAlarm). */
  readonly falseAlarm: boolean;
}

/** Whether the report holds the scenario's key finding; a healthy scenario (segment none) also holds no problem at all. */
export function hasKeyFinding(scenario: Scenario, report: LabReport): boolean {
  const noProblem = !report.findings.some((f) => f.severity === 'problem');
  if (scenario.findingId === null) return noProblem;
  const present = report.findings.some((f) => f.id === scenario.findingId);
  return scenario.segment === 'none' ? present && noProblem : present;
}

/**
 * A false alarm: a network that is healthy (the scenario expects `none`, unusual or not) given any
 * other verdict, or any `problem` finding. The benchmark counts these; the target is zero.
 */
export function isFalseAlarm(scenario: Scenario, report: LabReport): boolean {
  if (scenario.segment !== 'none') return false;
  return report.verdict.segment !== 'none' || report.findings.some((f) => f.severity === 'problem');
}

/** Judges one run against its scenario. */
export function judge(scenario: Scenario, run: CheckRun): Judgement {
  const exitRight = run.exitCode === scenario.exitCode;
  const segmentRight = run.report.verdict.segment === scenario.segment;
  const findingRight = hasKeyFinding(scenario, run.report);
  const measuredLossPct =
    scenario.loss === undefined ? null : probeNumber(run.report, scenario.loss.readAt.probe, scenario.loss.readAt.path);
  const lossRight =
    scenario.loss === undefined ||
    (measuredLossPct !== null && Math.abs(measuredLossPct - scenario.loss.injectedPct) <= LOSS_TOLERANCE_PP);
  const falseAlarm = isFalseAlarm(scenario, run.report);
  return { exitRight, segmentRight, findingRight, measuredLossPct, lossRight, right: exitRight && segmentRight && findingRight, falseAlarm };
}

/** One run as the benchmark's false-alarm line counts it: null judgement when the run failed. */
export interface JudgedRun {
  readonly label: string;
  readonly scenario: Scenario;
  readonly judged: Pick<Judgement, 'falseAlarm'> | null;
}

/**
 * The false alarms over every run of a healthy network (plain or unusual, --quick included), as
 * the benchmark prints them. A run that failed is counted apart, never as fine.
 */
export function falseAlarmLine(runs: readonly JudgedRun[]): string {
  const healthy = runs.filter((r) => r.scenario.segment === 'none');
  const alarms = healthy.filter((r) => r.judged?.falseAlarm === true);
  const failed = healthy.filter((r) => r.judged === null).length;
  const names = alarms.map((r) => r.label).join(', ');
  return `false alarms on healthy networks: ${alarms.length} of ${healthy.length} runs${failed > 0 ? ` (${failed} FAILED to run)` : ''}${names === '' ? '' : ` — ${names}`}`;
}
