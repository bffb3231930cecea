import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDfReplyUnix } from '../../../../diagnostics/net/mtu/parse-df-unix.js';
import { parseDfReplyWindows } from '../../../../diagnostics/net/mtu/parse-df-windows.js';
import { fixture } from './fixture.js';

const PARSERS: readonly (readonly [string, (s: string) => { outcome: string; mtuHint: number | null }, readonly string[]])[] = [
  ['unix', parseDfReplyUnix, ['linux-fits.txt', 'linux-frag-needed.txt', 'darwin-frag-needed.txt']],
  ['windows', parseDfReplyWindows, ['win-en-fits.txt', 'win-de-df.txt', 'win-sv-df.txt']],
];

describe('don\'t-fragment ping parsers never throw', () => {
  for (const [name, parse, files] of PARSERS) {
    const samples = files.map(fixture);
    const valid = (r: { outcome: string; mtuHint: number | null }): void => {
      expect(['fits', 'too-big', 'no-reply']).toContain(r.outcome);
      if (r.mtuHint !== null) expect(r.mtuHint).toBeGreaterThanOrEqual(68);
    };
    it(`${name}: arbitrary text`, () => {
      fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (s) => valid(parse(s))), { numRuns: 500 });
    });
    it(`${name}: its own output cut anywhere`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...samples), fc.nat(), fc.nat(), (text, a, b) => {
          const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number];
          valid(parse(text.slice(from, to)));
        }),
        { numRuns: 300 },
      );
    });
  }
});
