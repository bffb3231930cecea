import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../diagnostics/cli/pasted-output-command.js';
import { decodeConsoleBytes } from '../../../diagnostics/platform/console-text/decode.js';
import { detectKind } from '../../../diagnostics/parse/detect-kind.js';
import { isParseKind, type ParseKind } from '../../../diagnostics/parse/kinds.js';
import { readOutput } from '../../../diagnostics/parse/read-output.js';

// Captured outputs from real machines (test/fixtures/real, provenance in corpus.json) and the few
// written ones marked `written`. Each golden file holds every value a person reads in the text,
// checked by hand against it when the sample was added.
const ROOT = 'test/fixtures/real';
const SCHEMAS = 'diagnostics/schema/published';

interface Entry {
  readonly file: string;
  readonly kind: string;
  readonly source: string;
  readonly os: string;
  readonly language: string;
  readonly written: boolean;
  /**
   * False for a real answer with no shape of its kind (netsh's location-permission refusal):
   * `homeline parse` must not guess its kind, and reads it only when the kind is named.
   */
  readonly detectable?: false;
}

const corpus = JSON.parse(readFileSync(path.join(ROOT, 'corpus.json'), 'utf8')) as Entry[];
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorOf(kind: string): ReturnType<typeof ajv.compile> {
  let v = validators.get(kind);
  if (!v) {
    v = ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, `parse-${kind}.schema.json`), 'utf8')) as object);
    validators.set(kind, v);
  }
  return v;
}

function bytesOf(e: Entry): Buffer {
  return readFileSync(path.join(ROOT, e.file));
}

describe('the captured-output corpus', () => {
  it('lists every sample with its source, OS and language', () => {
    const onDisk = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(txt|json|bin)$/.test(f) && !f.endsWith('.golden.json') && f !== 'corpus.json')
      .map((f) => f.split(path.sep).join('/'))
      .sort();
    expect(corpus.map((e) => e.file).sort()).toEqual(onDisk);
    for (const e of corpus) {
      expect(e.source.length, e.file).toBeGreaterThan(10);
      expect(e.os, e.file).not.toBe('');
      expect(e.language, e.file).toMatch(/^[a-z]{2}$/);
      expect(isParseKind(e.kind), e.file).toBe(true);
      // Written samples say so in their source line.
      expect(e.written, e.file).toBe(e.source.startsWith('written for Homeline'));
    }
  });

  it('holds at least 40 real outputs: Windows in 6+ languages, macOS 12 and 15, Linux', () => {
    const real = corpus.filter((e) => !e.written);
    expect(real.length).toBeGreaterThanOrEqual(40);
    const windowsLanguages = new Set(real.filter((e) => e.os.startsWith('Windows')).map((e) => e.language));
    expect(windowsLanguages.size).toBeGreaterThanOrEqual(6);
    expect(real.some((e) => e.os.startsWith('macOS 12'))).toBe(true);
    expect(real.some((e) => e.os.startsWith('macOS 15'))).toBe(true);
    expect(real.some((e) => e.os.startsWith('Linux'))).toBe(true);
  });

  describe.each(corpus.map((e) => [e.file, e] as const))('%s', (_, e) => {
    const { text } = decodeConsoleBytes(bytesOf(e));
    const kind = e.kind as ParseKind;

    if (e.detectable === false) {
      it('is not taken for any kind from the text alone', () => {
        expect(detectKind(text)).toBeNull();
      });
    } else {
      it('is recognised as its kind from the text alone', () => {
        expect(detectKind(text)).toBe(kind);
      });
    }

    it('reads every value the golden file holds', () => {
      const golden = JSON.parse(readFileSync(path.join(ROOT, `${e.file}.golden.json`), 'utf8')) as unknown;
      expect(readOutput(kind, text).facts).toEqual(golden);
    });

    if (e.os.startsWith('Windows')) {
      it("reads the same through the runner's latin1 reading of the console bytes", () => {
        const runnerText = bytesOf(e).toString('latin1');
        expect(readOutput(kind, runnerText).facts).toEqual(readOutput(kind, text).facts);
      });
    }

    it('homeline parse --json prints JSON that validates against the published schema', async () => {
      const out: string[] = [];
      const args = e.detectable === false ? [kind, path.join(ROOT, e.file), '--json'] : [path.join(ROOT, e.file), '--json'];
      const code = await parseCommand(args, { stdout: (s) => out.push(s), stderr: () => undefined });
      expect(code).toBe(0);
      const json = JSON.parse(out.join('')) as { kind: string; detected: boolean };
      expect(json.kind).toBe(kind);
      expect(json.detected).toBe(e.detectable !== false);
      const validate = validatorOf(kind);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    });
  });
});
