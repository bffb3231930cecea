import dgram from 'node:dgram';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// TEST-ONLY: bursty competing traffic for the media lab's jitter scenario. Every `periodMs` it
// sends `packets` UDP datagrams of `size` bytes at once to TARGET:PORT (the lab's client, a port
// nothing listens on), so a slow queue on the way fills and drains again: packets queued behind
// a burst wait up to the burst's drain time, packets between bursts do not wait. The lab starts
// it in its "internet" namespace; the target is always a lab address.
// Compiled: `node dist/test/lab/udp-bursts.js TARGET PORT PACKETS SIZE PERIOD_MS PIDFILE`.

export interface BurstArgs {
  readonly target: string;
  readonly port: number;
  readonly packets: number;
  readonly size: number;
  readonly periodMs: number;
  readonly pidFile: string;
}

/** Reads the command line; null when malformed. */
export function parseBurstArgs(argv: readonly string[]): BurstArgs | null {
  const [target, port, packets, size, periodMs, pidFile] = argv;
  const n = [port, packets, size, periodMs].map(Number);
  if (!target || !pidFile || n.some((x) => !Number.isInteger(x) || x < 1)) return null;
  const [p, k, s, t] = n as [number, number, number, number];
  if (p > 65535 || s > 1400) return null;
  return { target, port: p, packets: k, size: s, periodMs: t, pidFile };
}

function run(a: BurstArgs): void {
  const socket = dgram.createSocket('udp4');
  const payload = Buffer.alloc(a.size);
  // Sent errors (e.g. the ICMP "port unreachable" coming back) are expected and ignored.
  socket.on('error', () => undefined);
  socket.bind(0, () => {
    setInterval(() => {
      for (let i = 0; i < a.packets; i++) socket.send(payload, a.port, a.target);
    }, a.periodMs);
    writeFileSync(a.pidFile, `${process.pid}\n`);
  });
  process.on('SIGTERM', () => process.exit(0));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = parseBurstArgs(process.argv.slice(2));
  if (args === null) {
    process.stderr.write('usage: udp-bursts TARGET PORT PACKETS SIZE(<=1400) PERIOD_MS PIDFILE\n');
    process.exit(2);
  }
  run(args);
}
