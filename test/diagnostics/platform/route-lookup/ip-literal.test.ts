import { isIP } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipFamily } from '../../../../diagnostics/platform/route-lookup/ip-literal.js';

describe('ipFamily', () => {
  it('reads literals of both families', () => {
    expect(['198.18.0.1', '0.0.0.0', '2001:db8::1', '::', '::1', '::ffff:192.0.2.1', '2001:db8:0:0:0:0:0:1'].map(ipFamily)).toEqual([4, 4, 6, 6, 6, 6, 6]);
  });
  it('rejects names, zones, leading zeros, spaces and near misses', () => {
    for (const s of ['intranet.corp.example', 'fe80::1%eth0', '01.2.3.4', '198.18.0.1 ', '256.1.1.1', '1::2::3', '2001:db8::1:2:3:4:5:6:7', '1.2.3', '', "1.2.3.4'; calc"]) {
      expect(ipFamily(s)).toBe(0);
    }
  });
  it('agrees with node:net on generated addresses and on arbitrary text (without zones)', () => {
    const candidates = fc.oneof(fc.ipV4(), fc.ipV6(), fc.ipV4Extended(), fc.string(), fc.stringMatching(/^[0-9a-f:.]{0,20}$/));
    fc.assert(
      fc.property(candidates, (s) => {
        if (s.includes('%')) return;
        expect(ipFamily(s)).toBe(isIP(s));
      }),
      { numRuns: 2000 },
    );
  });
});
