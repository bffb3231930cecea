import { formatIpv6 } from './format-ipv6.js';
import { QTYPE } from './wire-encode.js';

/** One question of a DNS message. */
export interface DnsQuestion {
  readonly name: string;
  readonly type: number;
  readonly class: number;
}

/** One answer record; `data` is the address (A, AAAA) or target (CNAME), null for other types. */
export interface DnsRecord {
  readonly name: string;
  readonly type: number;
  readonly class: number;
  readonly ttl: number;
  readonly data: string | null;
}

/** What a response says. `complete` is false when the packet ended early or was malformed. */
export interface DnsMessage {
  readonly id: number;
  readonly isResponse: boolean;
  readonly opcode: number;
  readonly truncated: boolean;
  readonly rcode: number;
  readonly questionCount: number;
  readonly questions: readonly DnsQuestion[];
  readonly answers: readonly DnsRecord[];
  readonly complete: boolean;
}

/** Thrown only inside this file when the packet ends or points where it must not. */
class Malformed extends Error {}

// A compressed name may jump at most this often: more means a pointer loop.
const MAX_JUMPS = 64;

function u8(buf: Uint8Array, at: number): number {
  const v = buf[at];
  if (v === undefined) throw new Malformed();
  return v;
}
function u16(buf: Uint8Array, at: number): number {
  return (u8(buf, at) << 8) | u8(buf, at + 1);
}
function u32(buf: Uint8Array, at: number): number {
  return u16(buf, at) * 0x10000 + u16(buf, at + 2);
}

/** Presentation form of a label: dots, backslashes and unprintable bytes escaped (RFC 1035 §5.1). */
function labelText(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    if (b === 0x2e || b === 0x5c) out += `\\${String.fromCharCode(b)}`;
    else if (b > 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += `\\${String(b).padStart(3, '0')}`;
  }
  return out;
}

/** Reads a possibly compressed name at `at`; returns it and the offset after it in the record. */
function readName(buf: Uint8Array, at: number): { name: string; next: number } {
  const labels: string[] = [];
  let pos = at;
  let next = -1;
  let jumps = 0;
  let wireLength = 1;
  for (;;) {
    const len = u8(buf, pos);
    if (len === 0) {
      if (next < 0) next = pos + 1;
      break;
    }
    if ((len & 0xc0) === 0xc0) {
      if (++jumps > MAX_JUMPS) throw new Malformed();
      if (next < 0) next = pos + 2;
      pos = ((len & 0x3f) << 8) | u8(buf, pos + 1);
      continue;
    }
    if ((len & 0xc0) !== 0) throw new Malformed(); // 0x40/0x80: obsolete label types
    if (pos + 1 + len > buf.length) throw new Malformed();
    wireLength += len + 1;
    if (wireLength > 255) throw new Malformed();
    labels.push(labelText(buf.subarray(pos + 1, pos + 1 + len)));
    pos += 1 + len;
  }
  return { name: labels.length === 0 ? '.' : labels.join('.'), next };
}

function readRecordData(buf: Uint8Array, type: number, start: number, length: number): string | null {
  if (type === QTYPE.A && length === 4) return Array.from(buf.subarray(start, start + 4)).join('.');
  if (type === QTYPE.AAAA && length === 16) return formatIpv6(buf.subarray(start, start + 16));
  if (type === QTYPE.CNAME) {
    const { name, next } = readName(buf, start);
    return next <= start + length ? name : null;
  }
  return null;
}

/**
 * Decodes a DNS response: header, questions and the answer section (authority and additional
 * are not needed to tell outcomes apart). Returns null when not even the 12-byte header is there;
 * a packet that breaks off later keeps what was read, with `complete: false`. Never throws.
 */
export function decodeMessage(packet: Uint8Array): DnsMessage | null {
  if (packet.length < 12) return null;
  const flags = u16(packet, 2);
  const questionCount = u16(packet, 4);
  const answerCount = u16(packet, 6);
  const questions: DnsQuestion[] = [];
  const answers: DnsRecord[] = [];
  let complete = true;
  try {
    let pos = 12;
    for (let i = 0; i < questionCount; i++) {
      const { name, next } = readName(packet, pos);
      questions.push({ name, type: u16(packet, next), class: u16(packet, next + 2) });
      pos = next + 4;
    }
    for (let i = 0; i < answerCount; i++) {
      const { name, next } = readName(packet, pos);
      const type = u16(packet, next);
      const klass = u16(packet, next + 2);
      const ttl = u32(packet, next + 4);
      const length = u16(packet, next + 8);
      const start = next + 10;
      if (start + length > packet.length) throw new Malformed();
      answers.push({ name, type, class: klass, ttl, data: readRecordData(packet, type, start, length) });
      pos = start + length;
    }
  } catch {
    // Malformed is the only thing thrown above; a broken packet keeps what was read before it.
    complete = false;
  }
  return {
    id: u16(packet, 0),
    isResponse: (flags & 0x8000) !== 0,
    opcode: (flags >> 11) & 0x0f,
    truncated: (flags & 0x0200) !== 0,
    rcode: flags & 0x000f,
    questionCount,
    questions,
    answers,
    complete,
  };
}
