import { collectStats } from '../../diagnostics/fleet/collect-stats.js';

/**
 * One measured `stats` run in a fresh process (started by stats-bench.ts, so that neither the
 * generation nor an earlier run leaves memory behind): reads the paths on the command line while
 * sampling RSS and heap every 20 ms, and prints one JSON line with the figures.
 */

const MB = 1024 * 1024;
const paths = process.argv.slice(2);
(globalThis as { gc?: () => void }).gc?.();
const baseRssMb = process.memoryUsage.rss() / MB;
let peakRss = process.memoryUsage.rss();
let peakHeap = process.memoryUsage().heapUsed;
const sample = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 20);
let files = 0;
const t0 = performance.now();
const stats = await collectStats(paths, { timeZone: 'UTC', onFile: () => files++ });
const seconds = (performance.now() - t0) / 1000;
clearInterval(sample);
// What the run keeps once its garbage is gone: the accumulated statistics, which must not grow.
(globalThis as { gc?: () => void }).gc?.();
const retainedHeapMb = process.memoryUsage().heapUsed / MB;
process.stdout.write(
  `${JSON.stringify({ files, seconds, checks: stats.checks, unreadable: stats.unreadable.count, baseRssMb, peakRssMb: peakRss / MB, peakHeapMb: peakHeap / MB, retainedHeapMb })}\n`,
);
