import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand } from '../../diagnostics/platform/command.js';
import { CORRUPTIONS, writeGeneratedBundles } from '../support/generated-bundle.js';
import { formatTable } from './format-table.js';

/**
 * `npm run bench:stats`: generates 10 000 bundles (ten folders of 1 000, a few broken files in
 * each) in a temporary folder, then runs the stats over the first folder and over all of them,
 * each run in a fresh process (stats-bench-run.ts). It prints files per second and the peak
 * memory sampled during each run, so one sees that ten times the bundles take about ten times
 * as long and no more memory. Target (issue 8): 10 000 bundles in under a minute here.
 */

const FOLDERS = Number(process.env.BENCH_FOLDERS ?? 10);
const PER_FOLDER = 1000;

interface Run {
  readonly files: number;
  readonly seconds: number;
  readonly checks: number;
  readonly unreadable: number;
  readonly baseRssMb: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
  readonly retainedHeapMb: number;
}

async function measure(paths: readonly string[]): Promise<Run> {
  const script = fileURLToPath(new URL('./stats-bench-run.js', import.meta.url));
  const out = await runCommand({ cmd: process.execPath, args: ['--expose-gc', script, ...paths], timeoutMs: 300_000 });
  if (out.exitCode !== 0) throw new Error(`the measured run failed (${out.exitCode ?? out.signal}): ${out.stderr || out.spawnError}`);
  return JSON.parse(out.stdout) as Run;
}

const signed = (n: number): string => `${n >= 0 ? '+' : ''}${n.toFixed(1)}`;

const root = await mkdtemp(join(tmpdir(), 'homeline-stats-bench-'));
try {
  const g0 = performance.now();
  const folders: string[] = [];
  for (let f = 0; f < FOLDERS; f++) {
    const dir = join(root, `batch-${f}`);
    await mkdir(dir);
    await writeGeneratedBundles(dir, PER_FOLDER, CORRUPTIONS, f * PER_FOLDER);
    folders.push(dir);
  }
  process.stdout.write(`generated ${FOLDERS * PER_FOLDER} bundles (+${FOLDERS * CORRUPTIONS.length} broken) in ${((performance.now() - g0) / 1000).toFixed(1)} s\n\n`);
  const small = await measure(folders.slice(0, 1));
  const large = await measure([root]);
  const row = (label: string, r: Run): string[] => [
    label,
    String(r.checks),
    String(r.unreadable),
    r.seconds.toFixed(1),
    Math.round(r.files / r.seconds).toString(),
    r.baseRssMb.toFixed(0),
    r.peakRssMb.toFixed(0),
    r.peakHeapMb.toFixed(0),
    r.retainedHeapMb.toFixed(1),
  ];
  const header = ['run', 'checks', 'unreadable', 'seconds', 'files/s', 'start RSS MB', 'peak RSS MB', 'peak heap MB', 'heap after GC MB'];
  process.stdout.write(`${formatTable(header, [row(`${PER_FOLDER} bundles`, small), row(`${FOLDERS * PER_FOLDER} bundles`, large)])}\n`);
  process.stdout.write(
    `\n${(large.files / small.files).toFixed(0)}× the files: ${(large.seconds / small.seconds).toFixed(1)}× the time, ` +
      `peak heap ${signed(large.peakHeapMb - small.peakHeapMb)} MB, peak RSS ${signed(large.peakRssMb - small.peakRssMb)} MB, ` +
      `heap after GC ${signed(large.retainedHeapMb - small.retainedHeapMb)} MB.\n` +
      `target: ${FOLDERS * PER_FOLDER} bundles in under 60 s: ${large.seconds < 60 ? 'met' : 'NOT met'} (${large.seconds.toFixed(1)} s)\n`,
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
