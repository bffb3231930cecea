import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectStats } from '../../diagnostics/fleet/collect-stats.js';
import { CORRUPTIONS, writeGeneratedBundles } from '../support/generated-bundle.js';
import { formatTable } from './format-table.js';

/**
 * `npm run bench:stats`: generates 10 000 bundles (ten folders of 1 000, a few broken files in
 * each) in a temporary folder, then runs the stats over the first folder and over all of them.
 * It prints bundles per second and the peak memory sampled during each run, so one sees that
 * reading ten times the bundles takes about ten times as long and no more memory.
 * Target (issue 8): 10 000 bundles in under a minute on the project's 2-core machine.
 */

const FOLDERS = Number(process.env.BENCH_FOLDERS ?? 10);
const PER_FOLDER = 1000;
const MB = 1024 * 1024;

interface Run {
  readonly label: string;
  readonly files: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly peakHeapMb: number;
  readonly checks: number;
  readonly unreadable: number;
}

/** Runs stats over `paths` while sampling memory every 20 ms; GC first so runs start level. */
async function measure(label: string, paths: string[]): Promise<Run> {
  (globalThis as { gc?: () => void }).gc?.();
  let peakRss = process.memoryUsage.rss();
  let peakHeap = process.memoryUsage().heapUsed;
  const sample = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 20);
  const t0 = performance.now();
  let files = 0;
  const stats = await collectStats(paths, { timeZone: 'UTC', onFile: () => files++ });
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sample);
  return { label, files, seconds, peakRssMb: peakRss / MB, peakHeapMb: peakHeap / MB, checks: stats.checks, unreadable: stats.unreadable.count };
}

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
  const runs = [await measure(`${PER_FOLDER} bundles`, folders.slice(0, 1)), await measure(`${FOLDERS * PER_FOLDER} bundles`, [root])];
  const rows = runs.map((r) => [
    r.label,
    String(r.checks),
    String(r.unreadable),
    r.seconds.toFixed(1),
    Math.round(r.files / r.seconds).toString(),
    r.peakRssMb.toFixed(0),
    r.peakHeapMb.toFixed(0),
  ]);
  process.stdout.write(`${formatTable(['run', 'checks', 'unreadable', 'seconds', 'files/s', 'peak RSS MB', 'peak heap MB'], rows)}\n`);
  const [small, large] = runs as [Run, Run];
  process.stdout.write(
    `\n${large.files / small.files}× the files: ${(large.seconds / small.seconds).toFixed(1)}× the time, ` +
      `peak heap ${(large.peakHeapMb - small.peakHeapMb >= 0 ? '+' : '')}${(large.peakHeapMb - small.peakHeapMb).toFixed(1)} MB, ` +
      `peak RSS ${(large.peakRssMb - small.peakRssMb >= 0 ? '+' : '')}${(large.peakRssMb - small.peakRssMb).toFixed(1)} MB.\n` +
      `target: ${FOLDERS * PER_FOLDER} bundles under 60 s: ${large.seconds < 60 ? 'met' : 'NOT met'} (${large.seconds.toFixed(1)} s)\n`,
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
