import { createHmac } from 'node:crypto';
import { crc32 } from './crc32.js';

// A small STUN codec (RFC 8489): what a Binding test needs and no more. Requests are built here;
// answers are read by structure (header, magic cookie, attribute TLVs), and anything that does not
// fit is rejected with the reason rather than half-read.

export const MAGIC_COOKIE = 0x2112a442;
const HEADER_BYTES = 20;
const FINGERPRINT_XOR = 0x5354554e;

/** Message types of the Binding method (RFC 8489 §5: method 0x001 in the four classes). */
export const BINDING = { request: 0x0001, success: 0x0101, error: 0x0111 } as const;

/** Attribute types the codec reads or writes. */
export const ATTR = {
  mappedAddress: 0x0001,
  changeRequest: 0x0003,
  username: 0x0006,
  messageIntegrity: 0x0008,
  errorCode: 0x0009,
  xorMappedAddress: 0x0020,
  software: 0x8022,
  fingerprint: 0x8028,
  responseOrigin: 0x802b,
  otherAddress: 0x802c,
} as const;

/** A transport address as STUN carries it. */
export interface StunAddress {
  readonly family: 'IPv4' | 'IPv6';
  readonly address: string;
  readonly port: number;
}

export interface StunAttribute {
  readonly type: number;
  /** Where the attribute's header starts in the message (for integrity and fingerprint checks). */
  readonly offset: number;
  readonly value: Uint8Array;
}

export interface StunMessage {
  readonly type: number;
  readonly transactionId: Uint8Array;
  readonly attributes: readonly StunAttribute[];
  /** The whole message as received, for integrity checks. */
  readonly raw: Uint8Array;
}

/** Why bytes are not a STUN message we can read. */
export type StunDecodeError = 'too-short' | 'not-stun' | 'bad-cookie' | 'bad-length' | 'bad-attribute' | 'bad-fingerprint';

const pad4 = (n: number): number => (n + 3) & ~3;

/** A Binding request with the given 12-byte transaction id and a FINGERPRINT (servers may require it). */
export function encodeBindingRequest(transactionId: Uint8Array, opts: { software?: string; changeRequest?: { ip: boolean; port: boolean } } = {}): Uint8Array {
  if (transactionId.length !== 12) throw new Error(`a STUN transaction id has 12 bytes, got ${transactionId.length}`);
  const attrs: Uint8Array[] = [];
  if (opts.software !== undefined) attrs.push(attribute(ATTR.software, new TextEncoder().encode(opts.software)));
  // RFC 5780 §7.2 CHANGE-REQUEST: 32 bits, 0x4 = answer from the other IP, 0x2 = from the other port.
  if (opts.changeRequest !== undefined) attrs.push(attribute(ATTR.changeRequest, new Uint8Array([0, 0, 0, (opts.changeRequest.ip ? 4 : 0) | (opts.changeRequest.port ? 2 : 0)])));
  const body = concat(attrs);
  const out = new Uint8Array(HEADER_BYTES + body.length + 8);
  const v = new DataView(out.buffer);
  v.setUint16(0, BINDING.request);
  v.setUint16(2, body.length + 8);
  v.setUint32(4, MAGIC_COOKIE);
  out.set(transactionId, 8);
  out.set(body, HEADER_BYTES);
  const fpAt = HEADER_BYTES + body.length;
  v.setUint16(fpAt, ATTR.fingerprint);
  v.setUint16(fpAt + 2, 4);
  v.setUint32(fpAt + 4, (crc32(out.subarray(0, fpAt)) ^ FINGERPRINT_XOR) >>> 0);
  return out;
}

function attribute(type: number, value: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + pad4(value.length));
  const v = new DataView(out.buffer);
  v.setUint16(0, type);
  v.setUint16(2, value.length);
  out.set(value, 4);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Reads a STUN message; a FINGERPRINT, when present, must match. */
export function decodeStun(bytes: Uint8Array): { ok: true; message: StunMessage } | { ok: false; error: StunDecodeError } {
  if (bytes.length < HEADER_BYTES) return { ok: false, error: 'too-short' };
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = v.getUint16(0);
  // A STUN message's first byte is 0–3 (RFC 7983 §7): that tells it from DTLS (20–63) or RTP (128–191).
  if ((bytes[0] ?? 0xff) > 3) return { ok: false, error: 'not-stun' };
  if (v.getUint32(4) !== MAGIC_COOKIE) return { ok: false, error: 'bad-cookie' };
  const length = v.getUint16(2);
  if (length % 4 !== 0 || HEADER_BYTES + length !== bytes.length) return { ok: false, error: 'bad-length' };
  const attributes: StunAttribute[] = [];
  let at = HEADER_BYTES;
  while (at < bytes.length) {
    if (at + 4 > bytes.length) return { ok: false, error: 'bad-attribute' };
    const aType = v.getUint16(at);
    const aLen = v.getUint16(at + 2);
    if (at + 4 + aLen > bytes.length) return { ok: false, error: 'bad-attribute' };
    attributes.push({ type: aType, offset: at, value: bytes.subarray(at + 4, at + 4 + aLen) });
    at += 4 + pad4(aLen);
  }
  const fp = attributes.find((a) => a.type === ATTR.fingerprint);
  if (fp !== undefined) {
    if (fp.value.length !== 4) return { ok: false, error: 'bad-fingerprint' };
    const want = (crc32(bytes.subarray(0, fp.offset)) ^ FINGERPRINT_XOR) >>> 0;
    if (new DataView(fp.value.buffer, fp.value.byteOffset, 4).getUint32(0) !== want) return { ok: false, error: 'bad-fingerprint' };
  }
  return { ok: true, message: { type, transactionId: bytes.slice(8, 20), attributes, raw: bytes } };
}

/** Reads a (XOR-)MAPPED-ADDRESS-shaped value; null when it is malformed. */
export function readAddress(value: Uint8Array, xorWith: Uint8Array | null): StunAddress | null {
  if (value.length < 4) return null;
  const v = new DataView(value.buffer, value.byteOffset, value.byteLength);
  const familyCode = v.getUint8(1);
  const size = familyCode === 0x01 ? 4 : familyCode === 0x02 ? 16 : 0;
  if (size === 0 || value.length !== 4 + size) return null;
  // XOR-MAPPED-ADDRESS: the port with the cookie's top half, the address with cookie + transaction id.
  const mask = xorWith === null ? new Uint8Array(16) : xorWith;
  const port = v.getUint16(2) ^ (xorWith === null ? 0 : MAGIC_COOKIE >>> 16);
  const raw = Array.from(value.subarray(4), (b, i) => b ^ (mask[i] ?? 0));
  if (size === 4) return { family: 'IPv4', address: raw.join('.'), port };
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((((raw[i] ?? 0) << 8) | (raw[i + 1] ?? 0)).toString(16));
  return { family: 'IPv6', address: compressIpv6(groups), port };
}

/** The shortest text form of an IPv6 address (RFC 5952: the longest run of zero groups becomes ::). */
function compressIpv6(groups: readonly string[]): string {
  let best = { at: -1, len: 0 };
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > best.len && j - i > 1) best = { at: i, len: j - i };
    i = j;
  }
  if (best.at < 0) return groups.join(':');
  return `${groups.slice(0, best.at).join(':')}::${groups.slice(best.at + best.len).join(':')}`;
}

function cookieAndId(transactionId: Uint8Array): Uint8Array {
  const mask = new Uint8Array(16);
  new DataView(mask.buffer).setUint32(0, MAGIC_COOKIE);
  mask.set(transactionId, 4);
  return mask;
}

/** The address the server saw us at: XOR-MAPPED-ADDRESS, else the classic MAPPED-ADDRESS. */
export function mappedAddress(m: StunMessage): StunAddress | null {
  const xor = m.attributes.find((a) => a.type === ATTR.xorMappedAddress);
  if (xor) return readAddress(xor.value, cookieAndId(m.transactionId));
  const plain = m.attributes.find((a) => a.type === ATTR.mappedAddress);
  return plain ? readAddress(plain.value, null) : null;
}

/** The server's alternate address (RFC 5780 OTHER-ADDRESS), when it offers one. */
export function otherAddress(m: StunMessage): StunAddress | null {
  const a = m.attributes.find((x) => x.type === ATTR.otherAddress);
  return a ? readAddress(a.value, null) : null;
}

/** ERROR-CODE as a number (class × 100 + number), or null. */
export function errorCode(m: StunMessage): number | null {
  const a = m.attributes.find((x) => x.type === ATTR.errorCode);
  if (!a || a.value.length < 4) return null;
  return (a.value[2]! & 0x07) * 100 + a.value[3]!;
}

/** The SOFTWARE text, or null. */
export function software(m: StunMessage): string | null {
  const a = m.attributes.find((x) => x.type === ATTR.software);
  return a ? new TextDecoder().decode(a.value) : null;
}

/**
 * Checks MESSAGE-INTEGRITY (HMAC-SHA1) with a short-term credential key: the HMAC covers the
 * message up to the attribute, with the header length rewritten to end just after it.
 */
export function integrityMatches(m: StunMessage, key: Uint8Array | string): boolean {
  const mi = m.attributes.find((a) => a.type === ATTR.messageIntegrity);
  if (!mi || mi.value.length !== 20) return false;
  const covered = m.raw.slice(0, mi.offset);
  new DataView(covered.buffer).setUint16(2, mi.offset + 24 - HEADER_BYTES);
  const mac = createHmac('sha1', key).update(covered).digest();
  return Buffer.compare(mac, Buffer.from(mi.value)) === 0;
}
