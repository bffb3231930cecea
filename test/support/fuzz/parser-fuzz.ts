import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FUZZ_MODE, fuzzAssert, fuzzCasesRun } from './budget.js';

// The one never-throw harness for text parsers (command output, files). Each parser is fed
// arbitrary text, text made of its tools' own fragments, JSON, its captured outputs cut anywhere
// and with lines shuffled and dropped, other tools' outputs, and long hostile lines. The parser's
// `parse` wrapper checks the result is usable; the harness checks it never throws.

/** A parser under fuzz. */
export interface FuzzedParser {
  readonly name: string;
  /** Captured outputs it normally reads (at least one); the fuzzer cuts and reshuffles them. */
  readonly samples: readonly string[];
  /** Parses `text` and checks the result; throws (or fails an expect) when the result is unusable. */
  readonly parse: (text: string) => void;
}

/** What the harness feeds besides random text. */
export interface ParserFuzzOptions {
  /** Fragments of the tools' output: labels, separators, values in their shapes. */
  readonly tokens?: readonly string[];
  /** Texts every parser must also survive: another tool's output is still no reason to throw. */
  readonly foreign?: readonly string[];
  /** Long lines that would make a backtracking regex hang (the test timeout catches a hang). */
  readonly hostile?: readonly string[];
  /** Cases per property in CI (default 300). */
  readonly runs?: number;
}

/** Long lines of the shapes parsers split on: spaces, dots, colons, quotes, brackets, newlines. */
export const HOSTILE_LINES: readonly string[] = [
  `${' '.repeat(100_000)}x`,
  `   ${'. '.repeat(50_000)}x: 1`,
  `${'a '.repeat(50_000)}    REG_SZ    x`,
  `${'"'.repeat(100_000)} [x`,
  `: ${'('.repeat(100_000)}`,
  `${'\n'.repeat(100_000)}x : y`,
  `[${'{"a":"1%'.repeat(12_000)}`,
  `${'\t:'.repeat(50_000)}`,
];

/** Text made of the given fragments, random short strings and numbers, as tools lay them out. */
export function toolText(tokens: readonly string[]): fc.Arbitrary<string> {
  const common = [' : ', ': ', '\r\n', '\n', '\t', '    ', '{', '}', '[', ']', '"', ',', '='];
  return fc
    .array(
      fc.oneof(
        fc.constantFrom(...common, ...tokens),
        fc.string({ maxLength: 12 }),
        fc.integer({ min: -200, max: 70_000 }).map(String),
        fc.constantFrom('192.0.2.1', '2001:db8::1', '02:00:5e:10:00:01', 'fe80::1%12', '\u0081', 'Ã¶', '\u0000', '<b>x</b>'),
      ),
      { maxLength: 60 },
    )
    .map((parts) => parts.join(''));
}

/** Declares the never-throw tests for a family of parsers. */
export function describeParserFuzz(title: string, parsers: readonly FuzzedParser[], opts: ParserFuzzOptions = {}): void {
  const runs = opts.runs ?? 300;
  const shaped = toolText(opts.tokens ?? []);

  describe(title, () => {
    for (const p of parsers) {
      it(`${p.name}: arbitrary text, the tools' fragments and JSON`, () => {
        fuzzAssert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => p.parse(s)), runs);
        fuzzAssert(fc.property(shaped, (s) => p.parse(s)), runs);
        fuzzAssert(fc.property(fc.jsonValue(), (v) => p.parse(JSON.stringify(v) ?? '')), Math.ceil(runs / 3));
      });

      it(`${p.name}: its captured output cut anywhere`, () => {
        expect(p.samples.length, `${p.name} has no captured output to mutate`).toBeGreaterThan(0);
        fuzzAssert(
          fc.property(fc.constantFrom(...p.samples), fc.nat(), fc.nat(), (text, a, b) => {
            const from = a % (text.length + 1);
            p.parse(text.slice(0, from));
            p.parse(text.slice(from, from + (b % (text.length + 1))));
          }),
          runs,
        );
      });

      it(`${p.name}: its captured lines shuffled, dropped and doubled`, () => {
        fuzzAssert(
          fc.property(
            fc.constantFrom(...p.samples).chain((text) => fc.shuffledSubarray(text.split(/\r?\n/), { minLength: 0 })),
            fc.boolean(),
            fc.constantFrom('\n', '\r\n'),
            (lines, twice, eol) => p.parse((twice ? [...lines, ...lines] : lines).join(eol)),
          ),
          runs,
        );
      });
    }

    it('every parser survives every captured output of the family and beyond (a wrong command is still no throw)', () => {
      const texts = new Set([...parsers.flatMap((p) => p.samples), ...(opts.foreign ?? [])]);
      for (const text of texts) for (const p of parsers) p.parse(text);
    });

    it('every parser finishes on long hostile lines', () => {
      for (const text of opts.hostile ?? HOSTILE_LINES) for (const p of parsers) p.parse(text);
    });

    if (FUZZ_MODE) afterAll(() => console.log(`fuzz: ${title}: ${fuzzCasesRun()} cases`));
  });
}
