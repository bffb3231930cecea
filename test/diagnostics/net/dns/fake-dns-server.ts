import dgram from 'node:dgram';
import net from 'node:net';

/** How the fake server answers a query. */
export type Behaviour =
  | 'answer' // A 192.0.2.80 (AAAA 2001:db8::80)
  | 'cname' // www → cdn.example.com → A 192.0.2.81
  | 'aaaa-only' // no A, AAAA 2001:db8::80
  | 'nodata' // NOERROR, no records of any type
  | 'nxdomain'
  | 'servfail'
  | 'refused'
  | 'formerr'
  | 'refused-no-question' // REFUSED with QDCOUNT 0, as some servers send
  | 'spoof-then-answer' // first a reply with a wrong id, then the real one
  | 'truncated' // TC over UDP; the full answer over TCP on the same port
  | 'drop-first' // ignores the first copy of each query, answers its resend (a lossy line)
  | 'silent';

const RCODE: Partial<Record<Behaviour, number>> = { nxdomain: 3, servfail: 2, refused: 5, formerr: 1, 'refused-no-question': 5 };
const A = 1;
const AAAA = 28;

/** The question section's end and its type, read from a query we trust (our own client's). */
function questionOf(query: Buffer): { end: number; qtype: number } {
  let end = 12;
  while (end < query.length && query[end] !== 0) end += query[end]! + 1;
  end += 5; // root label + QTYPE + QCLASS
  return { end, qtype: query.readUInt16BE(end - 4) };
}

function record(namePointer: number[], type: number, data: number[]): Buffer {
  return Buffer.from([...namePointer, 0, type, 0, 1, 0, 0, 0, 60, 0, data.length, ...data]);
}

const V6 = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x80];
// "cdn.example.com" written after the question, pointing back to "example.com" in the question
// (offset 12 + 4 for "www" label → 16).
const CDN = [3, 0x63, 0x64, 0x6e, 0xc0, 16];

/** Builds the reply to one query; `id` overrides the echoed id (for spoofed packets). */
export function reply(query: Buffer, behaviour: Behaviour, opts: { id?: number; truncated?: boolean } = {}): Buffer {
  const { end, qtype } = questionOf(query);
  const noQuestion = behaviour === 'refused-no-question';
  const question = noQuestion ? Buffer.alloc(0) : query.subarray(12, end);
  const answers: Buffer[] = [];
  if (!opts.truncated) {
    if (behaviour === 'answer' || behaviour === 'truncated' || behaviour === 'spoof-then-answer' || behaviour === 'drop-first') {
      if (qtype === A) answers.push(record([0xc0, 0x0c], A, [192, 0, 2, 80]));
      if (qtype === AAAA) answers.push(record([0xc0, 0x0c], AAAA, V6));
    } else if (behaviour === 'aaaa-only' && qtype === AAAA) {
      answers.push(record([0xc0, 0x0c], AAAA, V6));
    } else if (behaviour === 'cname' && qtype === A) {
      const cname = record([0xc0, 0x0c], 5, CDN);
      // The A record's owner points at the CNAME's target inside the CNAME record's data.
      const cdnOffset = 12 + question.length + 12;
      answers.push(cname, record([0xc0 | (cdnOffset >> 8), cdnOffset & 0xff], A, [192, 0, 2, 81]));
    }
  }
  const header = Buffer.alloc(12);
  header.writeUInt16BE(opts.id ?? query.readUInt16BE(0), 0);
  header.writeUInt16BE(0x8180 | (opts.truncated ? 0x0200 : 0) | (RCODE[behaviour] ?? 0), 2); // QR, RD, RA
  header.writeUInt16BE(noQuestion ? 0 : 1, 4);
  header.writeUInt16BE(answers.length, 6);
  return Buffer.concat([header, question, ...answers]);
}

/** A running fake server: its port, how many UDP queries it saw, and how to stop it. */
export interface FakeDns {
  readonly port: number;
  readonly queries: () => number;
  readonly close: () => Promise<void>;
}

/**
 * A DNS server on 127.0.0.1 that answers every query the same way: a test double, loopback only.
 * For 'truncated' it also listens on TCP on the same port number and answers there in full.
 */
export async function startFakeDns(behaviour: Behaviour): Promise<FakeDns> {
  const socket = dgram.createSocket('udp4');
  let count = 0;
  const seen = new Set<number>();
  socket.on('message', (msg, rinfo) => {
    count++;
    if (behaviour === 'silent' || msg.length < 17) return;
    if (behaviour === 'drop-first' && !seen.has(msg.readUInt16BE(0))) {
      seen.add(msg.readUInt16BE(0));
      return;
    }
    const send = (b: Buffer): void => socket.send(b, rinfo.port, rinfo.address);
    if (behaviour === 'spoof-then-answer') send(reply(msg, behaviour, { id: (msg.readUInt16BE(0) + 1) & 0xffff }));
    send(reply(msg, behaviour, { truncated: behaviour === 'truncated' }));
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const port = socket.address().port;
  let tcp: net.Server | null = null;
  if (behaviour === 'truncated') {
    tcp = net.createServer((conn) => {
      conn.once('data', (data: Buffer) => {
        const full = reply(data.subarray(2), 'answer');
        const framed = Buffer.alloc(2);
        framed.writeUInt16BE(full.length, 0);
        conn.end(Buffer.concat([framed, full]));
      });
    });
    await new Promise<void>((resolve) => tcp!.listen(port, '127.0.0.1', resolve));
  }
  return {
    port,
    queries: () => count,
    close: async () => {
      await new Promise<void>((resolve) => socket.close(() => resolve()));
      if (tcp) await new Promise<void>((resolve) => tcp!.close(() => resolve()));
    },
  };
}
