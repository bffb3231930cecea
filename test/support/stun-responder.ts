import dgram from 'node:dgram';
import { ATTR, BINDING, decodeStun, MAGIC_COOKIE } from '../../diagnostics/net/stun/stun-message.js';

// A tiny STUN Binding responder on loopback for unit tests (written for these tests, not a real
// server): answers with XOR-MAPPED-ADDRESS, and can be told to ignore some requests to make loss.

/** The Binding success answer to `request` from `from`, IPv4 only. */
export function bindingSuccess(transactionId: Uint8Array, from: { address: string; port: number }): Buffer {
  const out = Buffer.alloc(20 + 12);
  out.writeUInt16BE(BINDING.success, 0);
  out.writeUInt16BE(12, 2);
  out.writeUInt32BE(MAGIC_COOKIE, 4);
  Buffer.from(transactionId).copy(out, 8);
  out.writeUInt16BE(ATTR.xorMappedAddress, 20);
  out.writeUInt16BE(8, 22);
  out.writeUInt8(0x01, 25);
  out.writeUInt16BE(from.port ^ (MAGIC_COOKIE >>> 16), 26);
  const ip = from.address.split('.').reduce((n, o) => n * 256 + Number(o), 0);
  out.writeUInt32BE((ip ^ MAGIC_COOKIE) >>> 0, 28);
  return out;
}

export interface StunResponder {
  readonly port: number;
  /** Requests seen, answered or not. */
  requests(): number;
  close(): Promise<void>;
}

/** Starts a responder on 127.0.0.1; `answer(n)` decides whether the n-th request (0-based) is answered. */
export async function startStunResponder(answer: (n: number) => boolean = () => true): Promise<StunResponder> {
  const socket = dgram.createSocket('udp4');
  let seen = 0;
  socket.on('message', (msg, rinfo) => {
    const d = decodeStun(msg);
    if (!d.ok || d.message.type !== BINDING.request) return;
    if (answer(seen++)) socket.send(bindingSuccess(d.message.transactionId, rinfo), rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    port: socket.address().port,
    requests: () => seen,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
