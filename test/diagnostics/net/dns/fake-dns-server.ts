import dgram from 'node:dgram';

export type Behaviour = 'answer' | 'nxdomain' | 'servfail' | 'refused' | 'silent';
const RCODE: Record<Exclude<Behaviour, 'silent' | 'answer'>, number> = { nxdomain: 3, servfail: 2, refused: 5 };

/** Copies the query's header and question and sets the answer flags, rcode and one A record if asked. */
function respond(query: Buffer, behaviour: Exclude<Behaviour, 'silent'>): Buffer {
  let end = 12;
  while (end < query.length && query[end] !== 0) end += query[end]! + 1;
  end += 5; // root label + QTYPE + QCLASS
  const question = query.subarray(12, end);
  const qtype = query.readUInt16BE(end - 4);
  const withAnswer = behaviour === 'answer' && qtype === 1;
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2); // id
  header.writeUInt16BE(0x8180 | (behaviour === 'answer' ? 0 : RCODE[behaviour]), 2); // QR, RD, RA, rcode
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(withAnswer ? 1 : 0, 6);
  const answer = withAnswer
    ? Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 80]) // name ptr, A, IN, ttl 60, 192.0.2.80
    : Buffer.alloc(0);
  return Buffer.concat([header, question, answer]);
}

/** A DNS server on 127.0.0.1 that answers every query the same way: a test double, loopback only. */
export async function startFakeDns(behaviour: Behaviour): Promise<{ port: number; close: () => Promise<void> }> {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (msg, rinfo) => {
    if (behaviour === 'silent' || msg.length < 17) return;
    socket.send(respond(msg, behaviour), rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return { port: socket.address().port, close: () => new Promise((resolve) => socket.close(() => resolve())) };
}
