import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { decodeConsoleBytes, normaliseConsoleSpaces, repairLatin1Reading } from '../../../diagnostics/platform/console-text/decode.js';
import { detectKind } from '../../../diagnostics/parse/detect-kind.js';
import { PARSE_KINDS } from '../../../diagnostics/parse/kinds.js';
import { readOutput } from '../../../diagnostics/parse/read-output.js';
import { fuzzAssert } from '../../support/fuzz/budget.js';

const corpus = (JSON.parse(readFileSync('test/fixtures/real/corpus.json', 'utf8')) as { file: string }[]).map((e) =>
  readFileSync(`test/fixtures/real/${e.file}`),
);

describe('homeline parse never throws', () => {
  it('on any bytes: decoding, detection and every kind’s reader', () => {
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 500 }), fc.constantFrom(...corpus).map((b) => new Uint8Array(b)));
    fuzzAssert(
      fc.property(bytes, fc.constantFrom(...PARSE_KINDS), (b, kind) => {
        const { text } = decodeConsoleBytes(b);
        detectKind(text);
        readOutput(kind, text);
        repairLatin1Reading(Buffer.from(b).toString('latin1'));
        normaliseConsoleSpaces(text);
      }),
      300,
    );
  });
});
