import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../diagnostics/cli/pasted-output-command.js';
import { detectKind } from '../../../diagnostics/parse/detect-kind.js';
import type { ParseKind } from '../../../diagnostics/parse/kinds.js';

// `homeline parse` over the PowerShell/CIM JSON corpus (test/fixtures/windows-cim, provenance in its
// corpus.json): each sample is recognised by its property names, read with the engine's reader
// (the facts match the reader's golden file), and its --json validates against the published schema.

const ROOT = 'test/fixtures/windows-cim';
const SCHEMAS = 'diagnostics/schema/published';

interface Entry {
  readonly file: string;
  readonly query: string;
}

/** The parse kind of each query; the facts key the reader's rows sit under (null: facts are the golden's shape). */
const KIND_OF: Readonly<Record<string, { kind: ParseKind; key: string | null }>> = {
  'get-netadapter': { kind: 'get-netadapter', key: 'adapters' },
  'get-netipconfiguration': { kind: 'get-netipconfiguration', key: 'interfaces' },
  'get-netconnectionprofile': { kind: 'get-netconnectionprofile', key: 'profiles' },
  'get-dnsclientnrptpolicy': { kind: 'get-dnsclientnrptpolicy', key: 'rules' },
  'get-netroute': { kind: 'get-netroute', key: 'defaultRoute' },
  'echo-dotnet-ping': { kind: 'ping-json', key: null },
  'win32-pingstatus': { kind: 'ping-json', key: null },
  'test-connection': { kind: 'ping-json', key: null },
};

const corpus = JSON.parse(readFileSync(path.join(ROOT, 'corpus.json'), 'utf8')) as Entry[];
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorOf(kind: string): ReturnType<typeof ajv.compile> {
  if (!validators.has(kind)) validators.set(kind, ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, `parse-${kind}.schema.json`), 'utf8')) as object));
  return validators.get(kind)!;
}

async function parseJson(file: string): Promise<{ code: number; json: { kind: string; detected: boolean; facts: Record<string, unknown>; unread: string[] } }> {
  const out: string[] = [];
  const code = await parseCommand([file, '--json'], { stdout: (s) => out.push(s), stderr: () => undefined });
  return { code, json: JSON.parse(out.join('')) as never };
}

describe('homeline parse reads every PowerShell/CIM sample', () => {
  it('knows a parse kind for every query in the corpus', () => {
    for (const e of corpus) expect(KIND_OF[e.query], e.file).toBeDefined();
  });

  describe.each(corpus.map((e) => [e.file, e] as const))('%s', (_, e) => {
    const { kind, key } = KIND_OF[e.query]!;
    const file = path.join(ROOT, e.file);

    it('is recognised by its property names, read as its golden file says, and its JSON validates', async () => {
      expect(detectKind(readFileSync(file, 'utf8'))).toBe(kind);
      const { code, json } = await parseJson(file);
      expect(code).toBe(0);
      expect(json).toMatchObject({ kind, detected: true });
      const golden = JSON.parse(readFileSync(`${file}.golden.json`, 'utf8')) as Record<string, unknown> & { replies?: { rttMs: number }[] };
      if (key !== null) expect(json.facts[key]).toEqual(golden);
      else {
        expect(json.facts).toMatchObject({ transmitted: golden.transmitted, unknownHost: golden.unknownHost, ttlExceededFrom: golden.ttlExceededFrom, unreachableFrom: golden.unreachableFrom });
        expect(json.facts.rttMs).toEqual(golden.replies!.map((r) => r.rttMs));
      }
      const validate = validatorOf(kind);
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    });
  });

  it('lists what a sample does not say instead of dropping it', async () => {
    // The unknown-host echo rows: nothing was sent, so the counts are unknown, not zero.
    const { json } = await parseJson(path.join(ROOT, 'echo-dotnet-ping-es-unknown-host-written.json'));
    expect(json.facts).toMatchObject({ transmitted: null, lossPct: null, unknownHost: true });
    expect(json.unread).toEqual(expect.arrayContaining(['transmitted: not in the text', 'lossPct: not in the text']));
  });
});
