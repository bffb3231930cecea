import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';

// A DTLS 1.2 ClientHello (RFC 6347 §4.2 over RFC 5246 §7.4.1.2) that any DTLS server answers:
// with a HelloVerifyRequest (its cookie exchange), a ServerHello, or an alert when it dislikes the
// offer. Any of these proves that UDP reaches a DTLS speaker; the handshake is never continued.

const CONTENT_HANDSHAKE = 22;
const CONTENT_ALERT = 21;
const HANDSHAKE_CLIENT_HELLO = 1;
/** The first record of a handshake carries DTLS 1.0 in its header, as common clients send. */
const RECORD_VERSION = 0xfeff;
const DTLS_1_2 = 0xfefd;

/** Widely supported suites: ECDHE with AES-GCM first, then plain RSA key exchange as a fallback. */
const CIPHER_SUITES = [0xc02b, 0xc02f, 0xc02c, 0xc030, 0x009c, 0x009d, 0x002f, 0x0035];

const u16 = (n: number): number[] => [(n >>> 8) & 0xff, n & 0xff];
const u24 = (n: number): number[] => [(n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const withLen16 = (body: readonly number[]): number[] => [...u16(body.length), ...body];

function extension(type: number, body: readonly number[]): number[] {
  return [...u16(type), ...withLen16(body)];
}

function extensions(serverName: string | null): number[] {
  const out: number[] = [];
  if (serverName !== null) {
    const name = [...Buffer.from(serverName, 'ascii')];
    out.push(...extension(0x0000, withLen16([0x00, ...withLen16(name)])));
  }
  out.push(...extension(0x000a, withLen16([...u16(0x001d), ...u16(0x0017), ...u16(0x0018)]))); // supported_groups
  out.push(...extension(0x000b, [1, 0])); // ec_point_formats: uncompressed
  out.push(...extension(0x000d, withLen16([0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0201].flatMap(u16)))); // signature_algorithms
  out.push(...extension(0x0017, [])); // extended_master_secret
  out.push(...extension(0xff01, [0])); // renegotiation_info (initial)
  return out;
}

/** One UDP datagram holding a complete ClientHello; `host` names the server (SNI) unless it is an address. */
export function dtlsClientHello(host: string, random: Uint8Array = randomBytes(32)): Uint8Array {
  const sni = isIP(host) === 0 && host.length > 0 ? host : null;
  const body = [
    ...u16(DTLS_1_2),
    ...random,
    0, // session id: none
    0, // cookie: none yet
    ...withLen16(CIPHER_SUITES.flatMap(u16)),
    1,
    0, // compression: null
    ...withLen16(extensions(sni)),
  ];
  // Handshake header: type, length, message_seq 0, fragment offset 0, fragment length = length.
  const handshake = [HANDSHAKE_CLIENT_HELLO, ...u24(body.length), ...u16(0), ...u24(0), ...u24(body.length), ...body];
  // Record header: type, version, epoch 0, sequence number 0 (48 bits), length.
  return Uint8Array.from([CONTENT_HANDSHAKE, ...u16(RECORD_VERSION), ...u16(0), 0, 0, 0, 0, 0, 0, ...u16(handshake.length), ...handshake]);
}

/** What came back, read from the first record's header (and its first handshake or alert bytes). */
export type DtlsAnswer =
  | { readonly kind: 'hello-verify-request' | 'server-hello' }
  | { readonly kind: 'alert'; readonly level: number; readonly description: number }
  | { readonly kind: 'not-dtls' };

/** Reads a datagram as a DTLS answer; anything that is not a DTLS record header is `not-dtls`. */
export function readDtlsAnswer(bytes: Uint8Array): DtlsAnswer {
  // Record header is 13 bytes; DTLS versions have 0xfe as their major byte.
  if (bytes.length < 14 || bytes[1] !== 0xfe) return { kind: 'not-dtls' };
  const length = ((bytes[11] ?? 0) << 8) | (bytes[12] ?? 0);
  if (13 + length > bytes.length) return { kind: 'not-dtls' };
  if (bytes[0] === CONTENT_ALERT && length >= 2) return { kind: 'alert', level: bytes[13] ?? 0, description: bytes[14] ?? 0 };
  if (bytes[0] === CONTENT_HANDSHAKE) {
    if (bytes[13] === 3) return { kind: 'hello-verify-request' };
    if (bytes[13] === 2) return { kind: 'server-hello' };
  }
  return { kind: 'not-dtls' };
}
