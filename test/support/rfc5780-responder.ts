import dgram from 'node:dgram';
import { ATTR, BINDING, decodeStun, MAGIC_COOKIE } from '../../diagnostics/net/stun/stun-message.js';

// A test-only RFC 5780 STUN responder on loopback (written for these tests, not a real server):
// four sockets, two IPs (127.0.0.1 and 127.0.0.2) × two ports, answering with XOR-MAPPED-ADDRESS
// and OTHER-ADDRESS, from the socket CHANGE-REQUEST asks for. A NAT is played by the options:
// `mappedPort` gives the port the "NAT" would show per destination socket, and `deliver` drops
// answers a filtering NAT would drop (by the socket they leave from).

export interface Rfc5780Responder {
  readonly primary: { address: string; port: number };
  close(): Promise<void>;
}

export interface Rfc5780Options {
  /** The mapped port to report when asked at socket `i` (0: primary, 1: other IP same port, 2: same IP other port, 3: both other); default the real source port. */
  readonly mappedPort?: (i: number, realPort: number) => number;
  /** Whether an answer from socket `i` reaches the client (a filtering NAT drops some). */
  readonly deliver?: (i: number) => boolean;
  /** Leave out OTHER-ADDRESS (a plain STUN server). */
  readonly noOtherAddress?: boolean;
  /** Ignore CHANGE-REQUEST and always answer from the socket asked. */
  readonly ignoreChange?: boolean;
}

function addressValue(address: string, port: number, xor: boolean): Buffer {
  const v = Buffer.alloc(8);
  v[1] = 0x01;
  const ip = address.split('.').reduce((n, o) => n * 256 + Number(o), 0);
  v.writeUInt16BE(xor ? port ^ (MAGIC_COOKIE >>> 16) : port, 2);
  v.writeUInt32BE((xor ? ip ^ MAGIC_COOKIE : ip) >>> 0, 4);
  return v;
}

function answer(transactionId: Uint8Array, mapped: { address: string; port: number }, other: { address: string; port: number } | null): Buffer {
  const attrs = [[ATTR.xorMappedAddress, addressValue(mapped.address, mapped.port, true)] as const, ...(other ? [[ATTR.otherAddress, addressValue(other.address, other.port, false)] as const] : [])];
  const body = Buffer.concat(attrs.map(([type, value]) => {
    const h = Buffer.alloc(4);
    h.writeUInt16BE(type, 0);
    h.writeUInt16BE(value.length, 2);
    return Buffer.concat([h, value]);
  }));
  const head = Buffer.alloc(20);
  head.writeUInt16BE(BINDING.success, 0);
  head.writeUInt16BE(body.length, 2);
  head.writeUInt32BE(MAGIC_COOKIE, 4);
  Buffer.from(transactionId).copy(head, 8);
  return Buffer.concat([head, body]);
}

async function bind(address: string, port: number): Promise<dgram.Socket> {
  const s = dgram.createSocket('udp4');
  await new Promise<void>((resolve, reject) => {
    s.once('error', reject);
    s.bind(port, address, () => resolve());
  });
  return s;
}

/** Starts the responder; sockets: 0 = A:p, 1 = B:p, 2 = A:q, 3 = B:q. */
export async function startRfc5780Responder(o: Rfc5780Options = {}): Promise<Rfc5780Responder> {
  const A = '127.0.0.1';
  const B = '127.0.0.2';
  const s0 = await bind(A, 0);
  const p = s0.address().port;
  const s2 = await bind(A, 0);
  const q = s2.address().port;
  const s1 = await bind(B, p);
  const s3 = await bind(B, q);
  const sockets = [s0, s1, s2, s3];
  const where = [[A, p], [B, p], [A, q], [B, q]] as const;
  sockets.forEach((sock, i) => {
    sock.on('message', (msg, rinfo) => {
      const d = decodeStun(msg);
      if (!d.ok || d.message.type !== BINDING.request) return;
      const change = d.message.attributes.find((a) => a.type === ATTR.changeRequest)?.value[3] ?? 0;
      const flipIp = !o.ignoreChange && (change & 4) !== 0;
      const flipPort = !o.ignoreChange && (change & 2) !== 0;
      const from = i ^ (flipIp ? 1 : 0) ^ (flipPort ? 2 : 0);
      if (o.deliver && !o.deliver(from)) return;
      const [ownA, ownP] = where[i]!;
      const other = { address: ownA === A ? B : A, port: ownP === p ? q : p };
      const mapped = { address: rinfo.address, port: o.mappedPort ? o.mappedPort(i, rinfo.port) : rinfo.port };
      sockets[from]!.send(answer(d.message.transactionId, mapped, o.noOtherAddress ? null : other), rinfo.port, rinfo.address);
    });
  });
  return {
    primary: { address: A, port: p },
    close: async () => {
      await Promise.all(sockets.map((sock) => new Promise<void>((r) => sock.close(() => r()))));
    },
  };
}
