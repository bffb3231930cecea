import { parseDuration } from '../../diagnostics/cli/args-monitor.js';

/**
 * How long `npm run bench:monitor` measures: `--duration 10m` (the same forms as `homeline monitor
 * --duration`: 90s, 10m, 1h, plain seconds), else HOMELINE_BENCH_SECONDS, else 60 s. Throws an
 * error naming the bad value; a benchmark that silently ran for the default would mislead.
 */
export function benchSeconds(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): number {
  const at = argv.findIndex((a) => a === '--duration' || a.startsWith('--duration='));
  if (at >= 0) {
    const arg = argv[at]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1];
    if (value === undefined) throw new Error('--duration needs a value, e.g. --duration 10m');
    const ms = parseDuration(value);
    if (ms === null) throw new Error(`--duration: not a duration: ${value} (use 90s, 10m, 1h or seconds, at most 24 h)`);
    return ms / 1000;
  }
  const fromEnv = env['HOMELINE_BENCH_SECONDS'];
  if (fromEnv === undefined || fromEnv === '') return 60;
  const n = Number(fromEnv);
  if (!Number.isFinite(n) || n < 1 || n > 86_400) throw new Error(`HOMELINE_BENCH_SECONDS: not a number of seconds from 1 to 86400: ${fromEnv}`);
  return n;
}
