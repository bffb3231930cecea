import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeParserFuzz } from '../../../support/fuzz/parser-fuzz.js';
import { regQueryVersionCommand, WORKSPACE_REG_KEYS } from '../../../../diagnostics/platform/citrix/command.js';
import { parseInfoPlistXml, parsePlutilRaw } from '../../../../diagnostics/platform/citrix/parse-plutil.js';
import { parseRegQuery } from '../../../../diagnostics/platform/registry/parse-reg-query.js';
import { parseVerCore } from '../../../../diagnostics/platform/citrix/parse-ver-core.js';
import { interpretRegVersion } from '../../../../diagnostics/platform/citrix/reg-version.js';
import { fixture, output } from './fake-deps.js';

// Every parser with a fixture it normally reads; each must return a value on any text.
const PARSERS: readonly (readonly [string, (s: string) => unknown, string])[] = [
  ['reg query', parseRegQuery, 'win-reg-key-all-values.txt'],
  ['plutil raw', parsePlutilRaw, 'mac-plutil-version.txt'],
  ['Info.plist XML', parseInfoPlistXml, 'mac-info-plist.xml'],
  ['Ver.core', parseVerCore, 'linux-ver-core-linuxx64.txt'],
];

describeParserFuzz(
  'Workspace app parsers never throw',
  PARSERS.map(([name, parse, file]) => ({ name, samples: [fixture(file)], parse: (s) => void expect(parse(s)).not.toBeUndefined() })),
);

describe('reg query results', () => {
  it('reg query result: any output, any exit code', () => {
    const spec = regQueryVersionCommand(WORKSPACE_REG_KEYS[0] ?? '');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), fc.oneof(fc.constant(null), fc.integer({ min: -5, max: 300 })), (stdout, stderr, exitCode) => {
        expect(['found', 'absent', 'failed']).toContain(interpretRegVersion(output(spec, { stdout, stderr, exitCode })).state);
      }),
      { numRuns: 300 },
    );
  });
});
