// NAT-PMP (RFC 6886) external-address request and answer, read by structure. The request is two
// bytes (version 0, opcode 0); the answer is 12 bytes: version 0, opcode 128 (0 + 128), a 16-bit
// result code, the router's seconds since its mapping table started (epoch), and the router's
// own external (WAN-side) IPv4 address. Anything else is not an answer to our request.

/** UDP port a NAT-PMP router listens on at its LAN address (RFC 6886 §3). */
export const NATPMP_PORT = 5351;

const VERSION = 0;
const OP_EXTERNAL_ADDRESS = 0;
const ANSWER_BIT = 128;

/** The external-address request: version 0, opcode 0. */
export function encodeExternalAddressRequest(): Buffer {
  return Buffer.from([VERSION, OP_EXTERNAL_ADDRESS]);
}

/** A decoded answer: success with the address, or the router's result code (RFC 6886 §3.5). */
export type NatPmpAnswer =
  | { readonly kind: 'address'; readonly address: string; readonly epochS: number }
  | { readonly kind: 'refused'; readonly resultCode: number; readonly epochS: number };

/** The answer in `msg`, or null when it is not a NAT-PMP external-address answer. */
export function decodeExternalAddressAnswer(msg: Buffer): NatPmpAnswer | null {
  if (msg.length < 8 || msg[0] !== VERSION || msg[1] !== ANSWER_BIT + OP_EXTERNAL_ADDRESS) return null;
  const resultCode = msg.readUInt16BE(2);
  const epochS = msg.readUInt32BE(4);
  if (resultCode !== 0) return { kind: 'refused', resultCode, epochS };
  if (msg.length < 12) return null;
  return { kind: 'address', address: [...msg.subarray(8, 12)].join('.'), epochS };
}

/** The answer a router sends (used by the lab's test-only responder and the tests). */
export function encodeExternalAddressAnswer(address: string, epochS: number, resultCode = 0): Buffer {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) throw new Error(`not an IPv4 address: ${address}`);
  const b = Buffer.alloc(12);
  b[0] = VERSION;
  b[1] = ANSWER_BIT + OP_EXTERNAL_ADDRESS;
  b.writeUInt16BE(resultCode, 2);
  b.writeUInt32BE(epochS >>> 0, 4);
  for (const [i, p] of parts.entries()) b[8 + i] = p;
  return b;
}
