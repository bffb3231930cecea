import { BundleError } from '../../diagnostics/bundle/bundle-error.js';
import { readBundleFile } from '../../diagnostics/bundle/bundle-file.js';

/**
 * One hostile file read in a fresh process (started by hostile-bundle-bench.ts): reads the path on
 * the command line as `view` does, sampling RSS every 5 ms, and prints one JSON line: the reason it
 * was refused (or "opened"), the time, and how far RSS rose above what the process held before.
 */

const MB = 1024 * 1024;
const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: hostile-bundle-run FILE');
(globalThis as { gc?: () => void }).gc?.();
const base = process.memoryUsage.rss();
let peak = base;
const sample = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 5);
const t0 = performance.now();
let outcome: string;
try {
  await readBundleFile(file);
  outcome = 'opened';
} catch (e) {
  outcome = e instanceof BundleError ? e.reason : `other: ${e instanceof Error ? e.message : String(e)}`;
}
const ms = performance.now() - t0;
peak = Math.max(peak, process.memoryUsage.rss());
clearInterval(sample);
process.stdout.write(`${JSON.stringify({ outcome, ms, riseMb: (peak - base) / MB })}\n`);
