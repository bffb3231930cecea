import { LabSession } from '../lab/lab-session.js';
import { throughputProfilePath } from '../lab/repo-root.js';
import type { Scenario } from '../lab/scenarios.js';
import type { LineShape } from '../lab/shaping.js';
import { RATE_TOLERANCE } from '../lab/throughput-scenarios.js';
import { rateError, readThroughput, type ThroughputReading } from '../lab/throughput-reading.js';
import { formatTable, seconds } from './format-table.js';

// The throughput part of `npm run bench`: a tbf-shaped line at 5, 20 and 50 Mbit/s both ways with
// a short queue, then a bufferbloated one, each measured by the real `homeline check` with the
// throughput profile. Prints measured against shaped, and latency idle and under load.

/** Lines the benchmark shapes: three rates with a managed queue, one with a bloated queue. */
export const BENCH_SHAPES: readonly LineShape[] = [
  { downMbit: 5, upMbit: 5, queueMs: 20 },
  { downMbit: 20, upMbit: 20, queueMs: 20 },
  { downMbit: 50, upMbit: 50, queueMs: 20 },
  { downMbit: 20, upMbit: 5, queueMs: 400 },
];

interface BenchRow {
  readonly shape: LineShape;
  readonly reading: ThroughputReading | null;
  readonly segment: string;
  readonly wallMs: number | null;
  readonly note: string;
}

const mbps = (v: number | null): string => (v === null ? '-' : v.toFixed(1));
const err = (v: number | null): string => (v === null ? '-' : `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)} %`);
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
    const { run } = await session.run(scenarioOf(shape), { profile: throughputProfilePath(), timeoutMs: 90_000 });
    return { shape, reading: readThroughput(run.report), segment: run.report.verdict.segment, wallMs: run.wallMs, note: '' };
  } catch (e) {
    return { shape, reading: null, segment: 'ERROR', wallMs: null, note: (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '' };
  }
}

/** Whether both directions of a row are within the tolerance. */
function withinTolerance(r: BenchRow): boolean {
  const d = rateError(r.reading?.downMbps ?? null, r.shape.downMbit);
  const u = rateError(r.reading?.upMbps ?? null, r.shape.upMbit);
  return d !== null && u !== null && Math.abs(d) <= RATE_TOLERANCE && Math.abs(u) <= RATE_TOLERANCE;
}

/** Runs the shaped lines on a fresh lab; returns the printed table and whether every rate was within ±10 %. */
export async function runThroughputBench(log: (line: string) => void): Promise<{ text: string; ok: boolean }> {
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
  const table = formatTable(
    ['shaped down/up', 'queue', 'down measured', 'down error', 'up measured', 'up error', 'idle', 'loaded', 'grade', 'verdict', 'wall'],
    rows.map((r) => [
      `${r.shape.downMbit}/${r.shape.upMbit} Mbit/s`,
      `${r.shape.queueMs} ms`,
      mbps(r.reading?.downMbps ?? null),
      err(rateError(r.reading?.downMbps ?? null, r.shape.downMbit)),
      mbps(r.reading?.upMbps ?? null),
      err(rateError(r.reading?.upMbps ?? null, r.shape.upMbit)),
      ms(r.reading?.idleMs ?? null),
      ms(r.reading?.loadedMs ?? null),
      r.reading?.grade ?? '-',
      r.segment,
      r.wallMs === null ? '-' : seconds(r.wallMs),
    ]),
  );
  const missed = rows.filter((r) => !withinTolerance(r));
  const summary = `throughput within ±${RATE_TOLERANCE * 100} % of the shaped rate both ways: ${rows.length - missed.length}/${rows.length} lines${missed.length > 0 ? ' (MISSED: ' + missed.map((r) => `${r.shape.downMbit}/${r.shape.upMbit} ${r.note || r.reading?.errors || ''}`).join('; ') + ')' : ''}`;
  return { text: `${table}\n\n${summary}`, ok: missed.length === 0 };
}
