import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { webSha256 } from '../../diagnostics/bundle/digest.js';
import { pickSha256 } from '../../renderer/src/viewer/pick-sha256.js';

// A viewer served over plain http from an intranet server is not a secure context, so the browser
// hides crypto.subtle; the viewer then hashes with @noble/hashes. Both must give the same hex.
describe('pickSha256', () => {
  it('uses web crypto where it exists', () => {
    expect(pickSha256(globalThis.crypto.subtle)).toBe(webSha256);
  });

  it('falls back to a JS SHA-256 that agrees with web crypto', async () => {
    const fallback = pickSha256(undefined);
    expect(fallback).not.toBe(webSha256);
    expect(await fallback(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        expect(await fallback(bytes)).toBe(await webSha256(bytes));
      }),
      { numRuns: 200 },
    );
  });
});
