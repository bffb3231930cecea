import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { MonitorDetector } from '../../diagnostics/monitor/detector.js';
import { runMonitor } from '../../diagnostics/monitor/run-monitor.js';
import type { MonitorTarget } from '../../diagnostics/monitor/types.js';
import { runCommand, streamCommand } from '../../diagnostics/platform/command.js';

/**
 * The measured part of `npm run bench:monitor`, run by monitor-bench.ts inside a network
 * namespace of its own (`unshare -n`), so the loopback counters count this monitor alone. Prints
 * one JSON object: CPU (this process and the pings it ran), loopback bytes, memory, and the
 * detector's heap after an hour-equivalent of events.
 */

const SECONDS = Number(process.env.HOMELINE_BENCH_SECONDS ?? 60);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heapMb = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 1048576;
};

/** Loopback bytes sent (every probe and its answer both cross lo, so this is both directions). */
function loBytes(): number {
  const line = readFileSync('/proc/net/dev', 'utf8').split('\n').find((l) => l.trim().startsWith('lo:'));
  if (!line) throw new Error('no lo in /proc/net/dev');
  return Number(line.split(':')[1]!.trim().split(/\s+/)[8]);
}

/** CPU ms of the children this process has waited for (the pings), from /proc/self/stat (100 ticks/s). */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10; // cutime, cstime
}

/** Feeds the detector an hour of outcomes (4 targets, a 5 s drop-out every 2 min) and returns its heap growth. */
function hourOfEvents(targets: readonly MonitorTarget[]): { events: number; heapGrowthMb: number } {
  const d = new MonitorDetector(targets, 1000);
  const before = heapMb();
  const t0 = Date.now();
  for (let s = 0; s < 3600; s++) {
    const down = s % 120 >= 60 && s % 120 < 65;
    for (const t of targets) d.add({ targetId: t.id, sentAt: t0 + s * 1000, rttMs: down && t.role !== 'router' ? null : 1 });
    d.tick(t0 + s * 1000 + 999);
  }
  return { events: d.events().length, heapGrowthMb: heapMb() - before };
}

const up = await runCommand({ cmd: 'ip', args: ['link', 'set', 'lo', 'up'], timeoutMs: 5000 });
if (up.exitCode !== 0) throw new Error(`cannot bring lo up: ${up.stderr}`);
await runCommand({ cmd: 'ip', args: ['addr', 'add', '127.0.0.2/8', 'dev', 'lo'], timeoutMs: 5000 });
const server = createServer((sock) => sock.destroy());
await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
const port = (server.address() as { port: number }).port;
const targets: MonitorTarget[] = [
  { id: 'router', role: 'router', host: '127.0.0.1', method: 'icmp' },
  { id: 'provider-hop', role: 'provider-hop', host: '127.0.0.2', method: 'icmp' },
  { id: 'internet-1', role: 'internet', host: '127.0.0.2', method: 'icmp' },
  { id: 'internet-2', role: 'internet', host: '127.0.0.1', method: 'tcp', port },
];

const heapStart = heapMb();
const rssStart = process.memoryUsage().rss / 1048576;
const cpu0 = process.cpuUsage();
const bytes0 = loBytes();
const stop = new AbortController();
const timer = setTimeout(() => stop.abort(), SECONDS * 1000);
const started = performance.now();
// A heap sample a minute shows whether memory grows with running time (the hour figure below
// covers the detector's events; this covers the whole monitor as it runs).
const heapByMinuteMb: number[] = [];
const sampler = setInterval(() => heapByMinuteMb.push(heapMb()), 60_000);
const result = await runMonitor({ targets, os: 'linux', stream: streamCommand, signal: stop.signal });
clearTimeout(timer);
clearInterval(sampler);
const wallMs = performance.now() - started;
const cpu = process.cpuUsage(cpu0);
const bytes = loBytes() - bytes0;
server.close();
console.log(
  JSON.stringify({
    seconds: wallMs / 1000,
    selfCpuMs: (cpu.user + cpu.system) / 1000,
    pingCpuMs: childrenCpuMs(),
    loBytes: bytes,
    probes: Object.values(result.figures).reduce((n, f) => n + f.sent, 0),
    events: result.events.length,
    heapStartMb: heapStart,
    heapEndMb: heapMb(),
    rssStartMb: rssStart,
    rssEndMb: process.memoryUsage().rss / 1048576,
    hour: hourOfEvents(targets),
    heapByMinuteMb,
  }),
);
