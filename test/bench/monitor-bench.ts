import { fileURLToPath } from 'node:url';
import { runCommand } from '../../diagnostics/platform/command.js';
import { benchSeconds } from './bench-duration.js';
import { formatTable } from './format-table.js';

/**
 * `npm run bench:monitor [-- --duration 10m]`: runs the connection monitor on loopback for the
 * given time (or HOMELINE_BENCH_SECONDS; default 60 s; the figure is 10 minutes) in a network namespace of its own (`unshare -n`, needs root: nothing else's
 * traffic is counted, and nothing leaves the machine), then prints its CPU time, bytes and memory,
 * extrapolated to an hour. Targets (issue 17): under 1 % of one core, under 2 kB/s, memory flat.
 * Loopback answers in microseconds, so a real line costs the same CPU per probe; the figure is
 * the monitor's own cost, not the network's.
 */

interface Run {
  readonly seconds: number;
  readonly selfCpuMs: number;
  readonly pingCpuMs: number;
  readonly loBytes: number;
  readonly probes: number;
  readonly events: number;
  readonly heapStartMb: number;
  readonly heapEndMb: number;
  readonly rssStartMb: number;
  readonly rssEndMb: number;
  readonly hour: { readonly events: number; readonly heapGrowthMb: number };
  /** Heap after a full GC at each whole minute of the run, MB: flat means no growth with time. */
  readonly heapByMinuteMb: readonly number[];
}

const script = fileURLToPath(new URL('./monitor-bench-run.js', import.meta.url));
const seconds = benchSeconds(process.argv.slice(2), process.env);
const out = await runCommand({ cmd: 'unshare', args: ['-n', process.execPath, '--expose-gc', script], timeoutMs: (seconds + 60) * 1000, env: { HOMELINE_BENCH_SECONDS: String(seconds) } });
if (out.exitCode !== 0) throw new Error(`the measured run failed (${out.exitCode ?? out.signal}; root and unshare needed): ${out.stderr || out.spawnError}`);
const r = JSON.parse(out.stdout) as Run;
const perHour = (n: number): number => (n / r.seconds) * 3600;
const cpuMs = r.selfCpuMs + r.pingCpuMs;
const fmt = (n: number, d = 1): string => n.toFixed(d);
console.log(`Monitor on loopback for ${fmt(r.seconds)} s: ${r.probes} probes to 4 targets (3 ICMP pings, 1 TCP connect), ${r.events} events.\n`);
console.log(
  formatTable(
    ['figure', 'measured', 'per hour', 'target'],
    [
      ['CPU, Node process', `${fmt(r.selfCpuMs)} ms`, `${fmt(perHour(r.selfCpuMs) / 1000)} s`, ''],
      ['CPU, ping processes', `${fmt(r.pingCpuMs)} ms`, `${fmt(perHour(r.pingCpuMs) / 1000)} s`, ''],
      ['CPU share of one core', `${fmt((cpuMs / (r.seconds * 1000)) * 100, 3)} %`, '', '< 1 %'],
      ['bytes on lo (both ways)', `${r.loBytes} B`, `${fmt(perHour(r.loBytes) / 1024)} kB`, ''],
      ['bytes per second', `${fmt(r.loBytes / r.seconds)} B/s`, '', '< 2048 B/s'],
      ['heap start → end', `${fmt(r.heapStartMb)} → ${fmt(r.heapEndMb)} MB`, '', 'flat'],
      ['heap at each minute', r.heapByMinuteMb.map((x) => fmt(x)).join(' ') || '(under a minute)', '', 'flat'],
      ['RSS start → end', `${fmt(r.rssStartMb)} → ${fmt(r.rssEndMb)} MB`, '', ''],
      ['detector, hour of events', `${r.hour.events} events`, `${fmt(r.hour.heapGrowthMb, 2)} MB heap growth`, 'flat'],
    ],
  ),
);
