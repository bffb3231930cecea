import { falseAlarmLine, judge, type Judgement } from '../lab/judge.js';
import { reportDigest } from '../lab/lab-report.js';
import { LabSession } from '../lab/lab-session.js';
import { COMPANY_SCENARIOS } from '../lab/company-scenarios.js';
import { companyReadiness, labReadiness } from '../lab/prerequisites.js';
import { assertBuilt } from '../lab/run-check.js';
import { LOSS_TOLERANCE_PP, SCENARIOS, type Scenario } from '../lab/scenarios.js';
import type { CreateLabOptions } from '../lab/topology.js';
import { benchExitCode, lossTarget, TARGETS, timeTarget, type TargetLine } from './bench-targets.js';
import { formatTable, pct, seconds } from './format-table.js';
import { runThroughputBench } from './throughput-bench.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The benchmark's checks are lab traffic, not the user's: keep them out of the real history.
process.env.HOMELINE_HOME ??= mkdtempSync(join(tmpdir(), 'homeline-bench-home-'));

// `npm run bench`: every lab scenario against the built `homeline check`, plus the healthy lab
// with --quick three times, then the same for the company lab (VPN and Citrix), as one table;
// then a tbf-shaped line at 5, 20 and 50 Mbit/s and a bufferbloated one (throughput-bench.ts).
// Exits 1 when any verdict is wrong (or a run failed, or the company lab could not run), when a
// shaped line's rate is off by more than ±10 %, or when one of issue #18's targets is missed
// (bench-targets.ts: healthy --quick, slowest fault, healthy full check, loss ±3 points); 2 when
// the lab cannot run here.

const QUICK_REPEATS = 3;

/** The healthy scenarios that are also timed with --quick: the home lab's and the company lab's (with VPN). */
const QUICK_OF = ['healthy', 'vpn-healthy'] as const;

interface Row {
  readonly label: string;
  readonly scenario: Scenario;
  readonly quick: boolean;
  readonly wallMs: number | null;
  readonly segment: string;
  readonly judged: Judgement | null;
  readonly note: string;
}

async function runOne(session: LabSession, scenario: Scenario, quick: boolean, label: string): Promise<Row> {
  try {
    const { run, recovery } = await session.run(scenario, { quick });
    const judged = judge(scenario, run);
    const note = judged.right ? (recovery === 'undo' ? '' : `lab ${recovery}`) : reportDigest(run.report);
    return { label, scenario, quick, wallMs: run.wallMs, segment: run.report.verdict.segment, judged, note };
  } catch (e) {
    const lines = (e instanceof Error ? e.message : String(e)).split('\n');
    // The first line says what failed; the first "…Error: …" line from the CLI's stderr says why.
    const cause = lines.slice(1).find((l) => /Error\b.*:/.test(l))?.trim();
    const note = [lines[0], cause].filter((l) => l !== undefined && l !== '').join(' — ');
    return { label, scenario, quick, wallMs: null, segment: 'ERROR', judged: null, note };
  }
}

/** Measured loss ÷ injected loss, two decimals; '-' where no loss was injected or none measured. */
function lossRatio(measured: number | null | undefined, injected: number | null | undefined): string {
  return measured == null || injected == null || !(injected > 0) ? '-' : (measured / injected).toFixed(2);
}

function tableOf(rows: readonly Row[]): string {
  return formatTable(
    ['scenario', 'expected', 'verdict', 'result', 'wall', 'loss injected', 'loss measured', '÷ injected'],
    rows.map((r) => [
      r.label,
      r.scenario.segment,
      r.segment,
      r.judged?.right === true ? 'right' : 'WRONG',
      r.wallMs === null ? '-' : seconds(r.wallMs),
      pct(r.scenario.loss?.injectedPct),
      pct(r.judged?.measuredLossPct),
      lossRatio(r.judged?.measuredLossPct, r.scenario.loss?.injectedPct),
    ]),
  );
}

function targetLines(rows: readonly Row[]): TargetLine[] {
  // The quick target is the home lab's healthy check; vpn-healthy is shown beside it.
  const quickLine = (name: string): TargetLine => {
    const quick = rows.filter((r) => r.quick && r.scenario.name === name).map((r) => r.wallMs);
    const gates = name === 'healthy';
    if (quick.length === 0) return { text: `${name} --quick: not run`, met: false, gates };
    const worst = quick.some((w) => w === null) ? null : Math.max(...(quick as number[]));
    return timeTarget(`${name} --quick, slowest of ${quick.length}`, worst, TARGETS.healthyQuickMs, gates);
  };
  const faults = rows.filter((r) => !r.quick && r.scenario.faults.length > 0);
  const slowest = faults.reduce<Row | null>((a, r) => ((r.wallMs ?? Infinity) > (a?.wallMs ?? -1) ? r : a), null);
  return [
    ...QUICK_OF.map(quickLine),
    timeTarget(`slowest fault scenario: ${slowest?.label ?? '-'}`, slowest?.wallMs ?? null, TARGETS.slowestFaultMs),
    lossTarget(
      rows.filter((r) => !r.quick).map((r) => ({ label: r.label, lossRight: r.scenario.loss === undefined ? null : (r.judged?.lossRight ?? false) })),
      LOSS_TOLERANCE_PP,
    ),
  ];
}

/** Runs `scenarios` on one session, then its healthy scenario --quick three times, appending rows as they finish. */
async function runSet(session: LabSession, scenarios: readonly Scenario[], rows: Row[]): Promise<void> {
  const log = (row: Row): void => {
    rows.push(row);
    process.stderr.write(`  ${row.label}: ${row.segment} ${row.wallMs === null ? '' : seconds(row.wallMs)}\n`);
  };
  for (const scenario of scenarios) log(await runOne(session, scenario, false, scenario.name));
  const healthy = scenarios.find((s) => s.faults.length === 0);
  if (healthy === undefined) return;
  for (let i = 1; i <= QUICK_REPEATS; i++) log(await runOne(session, healthy, true, `${healthy.name} --quick #${i}`));
}

/** Opens a session, runs a set on it and always closes it, Ctrl-C included. */
async function withSession(opts: CreateLabOptions, scenarios: readonly Scenario[], rows: Row[]): Promise<void> {
  const session = await LabSession.open(opts);
  const stop = (): void => {
    // Ctrl-C: tear the namespaces down before leaving; cleanupStale() catches anything left.
    void session.close().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await runSet(session, scenarios, rows);
  } finally {
    process.removeListener('SIGINT', stop);
    process.removeListener('SIGTERM', stop);
    await session.close();
  }
}

async function main(): Promise<number> {
  const readiness = await labReadiness();
  if (!readiness.ok) {
    process.stderr.write(`lab-bench: THE LAB CANNOT RUN HERE: ${readiness.reason}\n`);
    return 2;
  }
  assertBuilt();
  const rows: Row[] = [];
  await withSession({}, SCENARIOS, rows);
  // Shaped lines: measured rate against shaped rate, latency idle and under load.
  const throughput = await runThroughputBench((line) => process.stderr.write(`${line}\n`));
  const company = await companyReadiness();
  let companyNote = '';
  if (company.ok) {
    const started = performance.now();
    await withSession({ company: true }, COMPANY_SCENARIOS, rows);
    companyNote = `company lab: ${COMPANY_SCENARIOS.length} scenarios + 3 quick in ${seconds(performance.now() - started)}`;
  } else {
    companyNote = `COMPANY LAB NOT RUN: ${company.reason}`;
  }
  const home = targetLines(rows);
  const targets = [...home, throughput.healthyFull];
  process.stdout.write(`\nHomeline lab benchmark\n\n${tableOf(rows)}\n\n${[...home.map((t) => t.text), companyNote].join('\n')}\n`);
  process.stdout.write(`\nThroughput on a tbf-shaped line (profile lab-throughput.json)\n\n${throughput.text}\n`);
  const wrong = rows.filter((r) => r.judged?.right !== true);
  for (const r of wrong) process.stdout.write(`\nWRONG ${r.label} (expected ${r.scenario.segment} / ${r.scenario.findingId ?? 'no problem'}): ${r.note}\n`);
  process.stdout.write(`\n${rows.length - wrong.length}/${rows.length} verdicts right\n`);
  process.stdout.write(`${falseAlarmLine(rows)}\n`);
  const missed = targets.filter((t) => t.gates && !t.met);
  for (const t of missed) process.stdout.write(`MISSED ${t.text}\n`);
  return benchExitCode({ wrongVerdicts: wrong.length, companyRan: company.ok, throughputOk: throughput.ok, targets });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`lab-bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 2;
  },
);
