import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseInvocation, UsageError } from '../../../diagnostics/cli/args.js';
import { main } from '../../../diagnostics/cli/main.js';
import { cliUsageEn } from '../../../diagnostics/i18n/sections/cli-usage-en.js';
import { translator, type Lang } from '../../../diagnostics/i18n/translator.js';

// #16: usage errors were English whatever the reader's language. Each reachable one is run here
// through `main` in en, de and sv: exit 2, the catalog's sentence, no English in de/sv.

async function run(argv: readonly string[]) {
  let stderr = '';
  const code = await main(argv, { stdout: () => undefined, stderr: (s) => (stderr += s) });
  return { code, stderr };
}

const saved = { lc: process.env.LC_ALL, home: process.env.HOMELINE_HOME, policy: process.env.HOMELINE_POLICY_FILE };
beforeEach(() => {
  process.env.HOMELINE_HOME = mkdtempSync(join(tmpdir(), 'homeline-usage-'));
  process.env.HOMELINE_POLICY_FILE = 'none';
});
afterEach(() => {
  for (const [k, v] of [['LC_ALL', saved.lc], ['HOMELINE_HOME', saved.home], ['HOMELINE_POLICY_FILE', saved.policy]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

type Key = keyof typeof cliUsageEn;
// Command line, the key it must be answered with, and the values the sentence names.
const CASES: ReadonlyArray<readonly [readonly string[], Key, Record<string, string>]> = [
  [['--profile', 'a.json', '--profile', 'b.json'], 'repeated', { flag: '--profile' }],
  [['check', '--lang', 'xx'], 'lang', { value: 'xx' }],
  [['check', 'extra'], 'unexpected', { value: 'extra' }],
  [['check', '--json', ''], 'needsFile', { flag: '--json' }],
  [['bundle', 'show', 'x.zip'], 'bundleOnlyPreview', { value: 'show' }],
  [['view'], 'commandNeedsFile', { command: 'view' }],
  [['history', '--days', 'abc'], 'positive', { flag: '--days', value: 'abc' }],
  [['history', '--days', '1.5'], 'wholeDays', { value: '1.5' }],
  [['isp', 'set', '--name', '  '], 'needsValue', { flag: '--name' }],
  [['isp', 'set'], 'ispSetNeedsOne', {}],
  [['isp', 'set', '--contract-down', '1e12'], 'speedMax', { flag: '--contract-down', max: '100000', value: '1000000000000' }],
  [['isp', 'set', '--name', 'x'.repeat(201)], 'tooLong', { flag: '--name', max: '200', length: '201' }],
  [['isp', 'kit', '--format', 'doc'], 'format', { value: 'doc' }],
  [['isp', 'kit', '--format', 'pdf'], 'pdfNeedsOut', {}],
  [['monitor', '--interval', '5'], 'interval', { value: '5' }],
  [['monitor', '--json', ''], 'needsFile', { flag: '--json' }],
  [['stats', '--out', '', 'a.zip'], 'needsFile', { flag: '--out' }],
  [['stats', '--lang', 'xx', 'a.zip'], 'lang', { value: 'xx' }],
  [['ticket', '--to', 'desk'], 'ticketNeedsBundle', {}],
  [['ticket', '--bundle', 'b.zip'], 'ticketNeedsTo', {}],
];

describe('usage errors in the reader\u2019s language', () => {
  for (const lang of ['en', 'de', 'sv'] as const satisfies readonly Lang[]) {
    it.each(CASES)(`${lang}: %j says %s`, async (argv, key, vars) => {
      process.env.LC_ALL = `${lang}_XX.UTF-8`;
      const { code, stderr } = await run(argv);
      expect(code, stderr).toBe(2);
      const sentence = translator(lang).t(`cliUsage.${key}`, vars);
      expect(stderr).toContain(sentence);
      if (lang !== 'en') expect(stderr).not.toContain(translator('en').t(`cliUsage.${key}`, vars));
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('--lang on the refused line itself chooses the language', async () => {
    process.env.LC_ALL = 'de_DE.UTF-8';
    const { stderr } = await run(['check', 'extra', '--lang', 'sv']);
    expect(stderr).toContain(translator('sv').t('cliUsage.unexpected', { value: 'extra' }));
  });

  // Answered by the declarations' own check before these parsers run (cliHelp.error.*), so reached
  // only through the parser: still keyed, so still translated if the order ever changes.
  it.each([
    [['frobnicate'], 'unknownCommand'],
    [['isp'], 'ispSub'],
    [['isp', 'frob'], 'ispSubNot'],
    [['bundle', 'preview', 'x.zip', '--html', 'y.html'], 'htmlOnlyView'],
    [['history', '--format', 'text'], 'notAnOption'],
    [['policy', '--quick'], 'notForPolicy'],
  ] as const)('the parser keys %j as %s', (argv, key) => {
    let caught: unknown;
    try {
      parseInvocation(argv);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as UsageError).key).toBe(`cliUsage.${key}`);
  });

  it('every sentence of the section is exercised above (speed without a maximum has no rule that reaches it yet)', () => {
    const used = new Set<string>([...CASES.map((c) => c[1]), 'unknownCommand', 'ispSub', 'ispSubNot', 'htmlOnlyView', 'notAnOption', 'notForPolicy', 'speed']);
    expect(Object.keys(cliUsageEn).filter((k) => !used.has(k))).toEqual([]);
  });
});
