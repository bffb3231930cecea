import { describe, expect, it } from 'vitest';
import { readDtlsAnswer } from '../../../../diagnostics/net/dtls/client-hello.js';
import { decodeStun, encodeBindingRequest, errorCode, mappedAddress, otherAddress, software } from '../../../../diagnostics/net/stun/stun-message.js';
import { mulberry32 } from '../../../support/seeded-random.js';

// Datagrams come from the network: whatever arrives, the decoders answer with a reason, never an
// exception. Seeded random bytes, plus valid requests with random bytes flipped and cut.

const bytes = (r: () => number, n: number): Uint8Array => Uint8Array.from({ length: n }, () => Math.floor(r() * 256));

function readAll(b: Uint8Array): void {
  readDtlsAnswer(b);
  const d = decodeStun(b);
  if (d.ok) {
    mappedAddress(d.message);
    otherAddress(d.message);
    errorCode(d.message);
    software(d.message);
  }
}

describe('STUN and DTLS answer decoders', () => {
  it('never throw on random datagrams', () => {
    const r = mulberry32(19);
    for (let i = 0; i < 3000; i++) expect(() => readAll(bytes(r, Math.floor(r() * 120)))).not.toThrow();
  });

  it('never throw on damaged STUN messages, and reject most of them by the fingerprint', () => {
    const r = mulberry32(5769);
    let rejected = 0;
    for (let i = 0; i < 2000; i++) {
      const m = encodeBindingRequest(bytes(r, 12), { software: 'x'.repeat(Math.floor(r() * 9)) }).slice();
      const at = Math.floor(r() * m.length);
      m[at] = (m[at] ?? 0) ^ (1 + Math.floor(r() * 255));
      const cut = r() < 0.3 ? m.subarray(0, Math.floor(r() * m.length)) : m;
      expect(() => readAll(cut)).not.toThrow();
      if (!decodeStun(cut).ok) rejected++;
    }
    // The CRC covers every byte before FINGERPRINT, so a changed byte is caught, except when it
    // renames the FINGERPRINT attribute itself: then there is no fingerprint to check, which
    // RFC 8489 allows (it is optional). A cut message fails on its length. So nearly all, not all.
    expect(rejected).toBeGreaterThan(1900);
  });
});
