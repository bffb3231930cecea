import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recogniseIca } from '../../../../diagnostics/net/citrix/ica-banner.js';
import { classifyStoreFront, recogniseStoreFront, type StoreFrontCheck } from '../../../../diagnostics/net/citrix/storefront.js';

const KINDS = ['storefront', 'gateway', 'other', 'error-page'];

describe('Citrix recognisers never throw', () => {
  it('recogniseIca: any bytes, any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 80 }), fc.string({ unit: 'binary' }), fc.constant(null)), (b) => {
        expect(['ica', 'other', 'silent']).toContain(recogniseIca(b));
      }),
      { numRuns: 500 },
    );
  });

  it('recogniseStoreFront: any status, body, location and headers', () => {
    const check = fc.record({
      status: fc.oneof(fc.constant(null), fc.integer({ min: -1, max: 1000 })),
      bodySample: fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('<title>Citrix Gateway</title>', 'receiver/js/ctxs.core.min.js', '/vpn/index.html')),
      location: fc.oneof(fc.constant(null), fc.string(), fc.constant('/logon/LogonPoint/index.html')),
      headers: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.constant('NSC_TMAS=x'))),
    });
    fc.assert(
      fc.property(check, (c) => {
        const r = classifyStoreFront(c);
        expect(KINDS).toContain(r.kind);
        expect(recogniseStoreFront(c)).toBe(r.kind);
      }),
      { numRuns: 500 },
    );
  });

  it('recogniseStoreFront: objects that break the declared type', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(KINDS).toContain(recogniseStoreFront(junk as StoreFrontCheck));
      }),
      { numRuns: 300 },
    );
    const hostile = { status: 200, location: null, get bodySample(): string { throw new Error('boom'); } };
    expect(recogniseStoreFront(hostile as StoreFrontCheck)).toBe('other');
  });
});
