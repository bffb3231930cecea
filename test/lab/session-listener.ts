import { writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

// A stand-in for a Citrix session host's listeners, run by the company lab inside its data-centre
// namespace (compiled: `node dist/test/lab/session-listener.js ica|cgp HOST PORT PIDFILE`).
// ICA (1494): a real VDA greets every new connection with "\x7f\x7fICA\0" and repeats it until the
// client answers; this one sends it three times. CGP (2598, session reliability): the client
// speaks first, so the listener accepts and stays silent. Connections close after 10 s.

/** The greeting an ICA listener sends: 7f 7f 49 43 41 00. */
export const ICA_GREETING = Buffer.from([0x7f, 0x7f, 0x49, 0x43, 0x41, 0x00]);

/** How many times, and how far apart, the ICA greeting is sent. */
export const ICA_REPEATS = 3;
const ICA_INTERVAL_MS = 300;
const IDLE_CLOSE_MS = 10_000;

/** The two kinds of listener. */
export type ListenerKind = 'ica' | 'cgp';

/** What the command line asks for, or null when it is malformed. */
export interface ListenerArgs {
  readonly kind: ListenerKind;
  readonly host: string;
  readonly port: number;
  readonly pidFile: string;
}

/** Reads `ica|cgp HOST PORT PIDFILE`; null on anything else. */
export function parseListenerArgs(argv: readonly string[]): ListenerArgs | null {
  const [kind, host, portText, pidFile] = argv;
  const port = Number(portText);
  if ((kind !== 'ica' && kind !== 'cgp') || !host || !pidFile || !Number.isInteger(port) || port < 1 || port > 65535) return null;
  return { kind, host, port, pidFile };
}

function greet(socket: Socket): void {
  let sent = 0;
  const send = (): void => {
    if (socket.destroyed || sent >= ICA_REPEATS) return;
    socket.write(ICA_GREETING);
    sent += 1;
    setTimeout(send, ICA_INTERVAL_MS).unref();
  };
  send();
}

/** Starts the listener; writes the pid file only once it listens, which is how the lab knows it is ready. */
export function runListener(args: ListenerArgs): void {
  const server = createServer((socket) => {
    socket.on('error', () => socket.destroy());
    socket.setTimeout(IDLE_CLOSE_MS, () => socket.destroy());
    // Whatever the client sends is read and dropped: this is a listener, not a session host.
    socket.on('data', () => undefined);
    if (args.kind === 'ica') greet(socket);
  });
  server.on('error', (e) => {
    process.stderr.write(`session-listener ${args.kind}: ${e.message}\n`);
    process.exit(1);
  });
  server.listen(args.port, args.host, () => writeFileSync(args.pidFile, `${process.pid}\n`));
  process.on('SIGTERM', () => process.exit(0));
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = parseListenerArgs(process.argv.slice(2));
  if (args === null) {
    process.stderr.write('usage: session-listener ica|cgp HOST PORT PIDFILE\n');
    process.exit(2);
  }
  runListener(args);
}
