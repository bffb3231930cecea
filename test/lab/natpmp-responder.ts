import dgram from 'node:dgram';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeExternalAddressAnswer } from '../../diagnostics/net/natpmp/natpmp-message.js';

// TEST-ONLY: a minimal NAT-PMP responder (RFC 6886) standing in for a home router's, written for
// the lab and the unit tests; not a NAT-PMP implementation (it maps nothing). It answers only the
// external-address request, with the address it is given: the lab passes the router namespace's
// real WAN address, which is what a router reports. Other opcodes get "unsupported opcode" (5).
// Compiled: `node dist/test/lab/natpmp-responder.js LISTEN_ADDRESS PORT WAN_ADDRESS PIDFILE`.

const UNSUPPORTED_OPCODE = 5;

export interface NatPmpResponder {
  readonly port: number;
  requests(): number;
  close(): Promise<void>;
}

/** Starts the responder on `listen`:`port` (0: any free port). */
export async function startNatPmpResponder(listen: string, port: number, wanAddress: string): Promise<NatPmpResponder> {
  const socket = dgram.createSocket('udp4');
  const started = Date.now();
  let seen = 0;
  socket.on('message', (msg, rinfo) => {
    if (msg.length < 2 || msg[0] !== 0) return;
    seen++;
    const epoch = Math.floor((Date.now() - started) / 1000);
    const op = msg[1] ?? 0;
    if (op === 0) {
      socket.send(encodeExternalAddressAnswer(wanAddress, epoch), rinfo.port, rinfo.address);
      return;
    }
    // Another opcode: the 8-byte error answer (version, 128 + opcode, result code, epoch).
    const refusal = Buffer.alloc(8);
    refusal[1] = 128 + op;
    refusal.writeUInt16BE(UNSUPPORTED_OPCODE, 2);
    refusal.writeUInt32BE(epoch, 4);
    socket.send(refusal, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(port, listen, () => resolve());
  });
  return {
    port: socket.address().port,
    requests: () => seen,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [listen, portText, wan, pidFile] = process.argv.slice(2);
  const port = Number(portText);
  if (!listen || !wan || !pidFile || !Number.isInteger(port) || port < 1 || port > 65535) {
    process.stderr.write('usage: natpmp-responder LISTEN_ADDRESS PORT WAN_ADDRESS PIDFILE\n');
    process.exit(2);
  }
  startNatPmpResponder(listen, port, wan).then(
    () => writeFileSync(pidFile, `${process.pid}\n`),
    (e: unknown) => {
      process.stderr.write(`natpmp-responder: ${String(e)}\n`);
      process.exit(1);
    },
  );
  process.on('SIGTERM', () => process.exit(0));
}
