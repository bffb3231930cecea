import { expect } from 'vitest';
import { describeParserFuzz } from '../../../support/fuzz/parser-fuzz.js';
import { parseDfReplyUnix } from '../../../../diagnostics/net/mtu/parse-df-unix.js';
import { parseDfReplyWindows } from '../../../../diagnostics/net/mtu/parse-df-windows.js';
import { fixture } from './fixture.js';

const PARSERS: readonly (readonly [string, (s: string) => { outcome: string; mtuHint: number | null }, readonly string[]])[] = [
  ['unix', parseDfReplyUnix, ['linux-fits.txt', 'linux-frag-needed.txt', 'darwin-frag-needed.txt']],
  ['windows', parseDfReplyWindows, ['win-en-fits.txt', 'win-de-df.txt', 'win-sv-df.txt']],
];

/** A result the MTU search can rely on: a known outcome and, if any, a plausible MTU. */
function valid(r: { outcome: string; mtuHint: number | null }): void {
  expect(['fits', 'too-big', 'no-reply']).toContain(r.outcome);
  if (r.mtuHint !== null) expect(r.mtuHint).toBeGreaterThanOrEqual(68);
}

describeParserFuzz(
  "don't-fragment ping parsers never throw",
  PARSERS.map(([name, parse, files]) => ({ name, samples: files.map(fixture), parse: (s) => valid(parse(s)) })),
);
