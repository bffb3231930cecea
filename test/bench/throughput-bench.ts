import { LabSession } from '../lab/lab-session.js';
import { throughputProfilePath } from '../lab/repo-root.js';
import type { Scenario } from '../lab/scenarios.js';
import type { LineShape } from '../lab/shaping.js';
import { RATE_TOLERANCE } from '../lab/throughput-scenarios.js';
import { rateError, readThroughput, type ThroughputReading } from '../lab/throughput-reading.js';
import { TARGETS, timeTarget, type TargetLine } from './bench-targets.js';
import { formatTable, seconds } from './format-table.js';
import { referenceRates, type ReferenceRates } from './reference-transfer.js';

// The throughput part of `npm run bench`: a tbf-shaped line at 5, 20 and 50 Mbit/s both ways with
// a short queue, a bufferbloated 20/5 line and a 3 Mbit/s line with a deep queue (the issue #18
// case whose upload once failed), each measured by the real `homeline check` with the throughput
// profile and then by one curl transfer each way on the same line (reference-transfer.ts). Prints
// each figure against the shaped rate and against the reference as ratios, latency idle and under
// load, and the wall time; then the healthy (unshaped) full check with throughput against its 8 s target.

/** Lines the benchmark shapes: three rates with a managed queue, one with a bloated queue. */
export const BENCH_SHAPES: readonly LineShape[] = [
  { downMbit: 5, upMbit: 5, queueMs: 20 },
  { downMbit: 20, upMbit: 20, queueMs: 20 },
  { downMbit: 50, upMbit: 50, queueMs: 20 },
  { downMbit: 20, upMbit: 5, queueMs: 400 },
  { downMbit: 3, upMbit: 3, queueMs: 400 },
];

interface BenchRow {
  readonly shape: LineShape;
  readonly reading: ThroughputReading | null;
  readonly reference: ReferenceRates | null;
  readonly segment: string;
  readonly wallMs: number | null;
  readonly note: string;
}

const mbps = (v: number | null): string => (v === null ? '-' : v.toFixed(1));
const err = (v: number | null): string => (v === null ? '-' : `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)} %`);
/** measured ÷ reference with two decimals, '-' when either is missing. */
const ratio = (measured: number | null | undefined, reference: number | null | undefined): string =>
  measured == null || reference == null || !(reference > 0) ? '-' : (measured / reference).toFixed(2);
const ms = (v: number | null): string => (v === null ? '-' : `${v} ms`);

function scenarioOf(shape: LineShape): Scenario {
  return {
    name: `shaped ${shape.downMbit}/${shape.upMbit}`,
    story: 'benchmark line',
    faults: [{ kind: 'shape', ...shape }],
    segment: 'none',
    findingId: null,
    exitCode: 0,
  };
}

async function measure(session: LabSession, shape: LineShape): Promise<BenchRow> {
  try {
    const { run, during } = await session.run(scenarioOf(shape), { profile: throughputProfilePath(), timeoutMs: 90_000 }, (lab) => referenceRates(lab, shape));
    return { shape, reading: readThroughput(run.report), reference: during ?? null, segment: run.report.verdict.segment, wallMs: run.wallMs, note: during?.note ?? '' };
  } catch (e) {
    return { shape, reading: null, reference: null, segment: 'ERROR', wallMs: null, note: (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '' };
  }
}

/** Whether both directions of a row are within the tolerance. */
function withinTolerance(r: BenchRow): boolean {
  const d = rateError(r.reading?.downMbps ?? null, r.shape.downMbit);
  const u = rateError(r.reading?.upMbps ?? null, r.shape.upMbit);
  return d !== null && u !== null && Math.abs(d) <= RATE_TOLERANCE && Math.abs(u) <= RATE_TOLERANCE;
}

/**
 * The healthy lab (unshaped veth, no fault) checked with the throughput profile: the full check
 * a person on a good line waits for. One line: its wall time, the throughput probe's share, the target.
 */
async function timeHealthyFull(log: (line: string) => void): Promise<TargetLine> {
  const session = await LabSession.open();
  try {
    const scenario: Scenario = { name: 'healthy', story: 'benchmark: healthy full check', faults: [], segment: 'none', findingId: null, exitCode: 0 };
    const { run } = await session.run(scenario, { profile: throughputProfilePath(), timeoutMs: 90_000 });
    const probe = run.report.probes.find((p) => p.id === 'throughput');
    const data = probe?.data as { download?: { stopped?: string }; upload?: { stopped?: string } } | undefined;
    const detail = ` (throughput probe ${probe ? seconds(probe.durationMs) : '-'}, stopped ${data?.download?.stopped ?? '-'}/${data?.upload?.stopped ?? '-'}; verdict ${run.report.verdict.segment})`;
    // A healthy line judged anything but healthy is no met target, however fast.
    const line = timeTarget('healthy full check with throughput', run.report.verdict.segment === 'none' ? run.wallMs : null, TARGETS.healthyFullMs, true, detail);
    log(`  ${line.text}`);
    return line;
  } catch (e) {
    return { text: `healthy full check with throughput: FAILED (${(e instanceof Error ? e.message : String(e)).split('\n')[0] ?? ''})`, met: false, gates: true };
  } finally {
    await session.close();
  }
}

/** Runs the shaped lines on a fresh lab; returns the printed table, whether every rate was within ±10 %, and the healthy full check's target line. */
export async function runThroughputBench(log: (line: string) => void): Promise<{ text: string; ok: boolean; healthyFull: TargetLine }> {
  const session = await LabSession.open();
  const rows: BenchRow[] = [];
  try {
    for (const shape of BENCH_SHAPES) {
      const row = await measure(session, shape);
      rows.push(row);
      log(`  shaped ${shape.downMbit}/${shape.upMbit} Mbit/s q${shape.queueMs}: ${mbps(row.reading?.downMbps ?? null)}/${mbps(row.reading?.upMbps ?? null)} ${row.note}`);
    }
  } finally {
    await session.close();
  }
  const healthy = await timeHealthyFull(log);
  const table = formatTable(
    ['shaped down/up', 'queue', 'down', '÷ shaped', 'curl down', '÷ curl', 'up', '÷ shaped', 'curl up', '÷ curl', 'idle', 'loaded', 'grade', 'verdict', 'wall'],
    rows.map((r) => [
      `${r.shape.downMbit}/${r.shape.upMbit} Mbit/s`,
      `${r.shape.queueMs} ms`,
      mbps(r.reading?.downMbps ?? null),
      ratio(r.reading?.downMbps, r.shape.downMbit),
      mbps(r.reference?.downMbps ?? null),
      ratio(r.reading?.downMbps, r.reference?.downMbps),
      mbps(r.reading?.upMbps ?? null),
      ratio(r.reading?.upMbps, r.shape.upMbit),
      mbps(r.reference?.upMbps ?? null),
      ratio(r.reading?.upMbps, r.reference?.upMbps),
      ms(r.reading?.idleMs ?? null),
      ms(r.reading?.loadedMs ?? null),
      r.reading?.grade ?? '-',
      r.segment,
      r.wallMs === null ? '-' : seconds(r.wallMs),
    ]),
  );
  const missed = rows.filter((r) => !withinTolerance(r));
  const summary = `throughput within ±${RATE_TOLERANCE * 100} % of the shaped rate both ways: ${rows.length - missed.length}/${rows.length} lines${missed.length > 0 ? ' (MISSED: ' + missed.map((r) => `${r.shape.downMbit}/${r.shape.upMbit} ${r.note || r.reading?.errors || ''}`).join('; ') + ')' : ''}`;
  return { text: `${table}\n\n${summary}\n${healthy.text}`, ok: missed.length === 0, healthyFull: healthy };
}
