import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandKeys, flagsOf, type FlagSpec } from '../../../diagnostics/cli/command-specs.js';
import { splitCommand } from '../../../diagnostics/cli/command-words.js';
import { synopsis } from '../../../diagnostics/cli/help-text.js';
import { main } from '../../../diagnostics/cli/main.js';
import { parseMonitorInvocation } from '../../../diagnostics/cli/args-monitor.js';
import { parseInvocation } from '../../../diagnostics/cli/args.js';
import { checkFlags, optionsOf, UsageError } from '../../../diagnostics/cli/usage.js';
import { LANGS, translator } from '../../../diagnostics/i18n/translator.js';

const capture = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } };
};

const run = async (argv: string[]) => {
  const { out, io } = capture();
  const code = await main(argv, io);
  return { code, ...out };
};

describe('homeline --help', () => {
  it.each(LANGS)('lists every command exactly once, under its group, with a one-line description (%s)', async (lang) => {
    const { code, stdout } = await run(['--help', '--lang', lang]);
    expect(code).toBe(0);
    const t = translator(lang);
    for (const key of commandKeys()) {
      const words = COMMANDS[key].words.join(' ');
      const rows = stdout.split('\n').filter((l) => new RegExp(`^  ${words} +\\S`).test(l));
      expect(rows, words).toHaveLength(1);
      // The row stands below its group's heading and before the next heading.
      const heading = stdout.indexOf(`\n${t.t(`cliHelp.group.${COMMANDS[key].group}`)}\n`);
      expect(heading, key).toBeGreaterThan(-1);
      expect(stdout.indexOf(rows[0]!)).toBeGreaterThan(heading);
    }
  });

  it('answers `homeline help` like `homeline --help`', async () => {
    expect((await run(['help', '--lang', 'de'])).stdout).toBe((await run(['--help', '--lang', 'de'])).stdout);
  });
});

describe('homeline CMD --help', () => {
  const cases = commandKeys().flatMap((key) => LANGS.map((lang) => [key, lang] as const));

  it.each(cases)('%s has its own page in %s: usage, every flag the parser accepts, examples, exit codes', async (key, lang) => {
    const words = [...COMMANDS[key].words];
    const page = await run([...words, '--help', '--lang', lang]);
    expect(page.code).toBe(0);
    expect(page.stderr).toBe('');
    const t = translator(lang);
    expect(page.stdout.startsWith(`${t.t('cliHelp.label.usage')} homeline ${words.join(' ')}`)).toBe(true);
    // The parser's options come from the same declaration; each must be documented on the page.
    const flags = flagsOf(key) as Readonly<Record<string, FlagSpec>>;
    expect(Object.keys(optionsOf(key)).sort()).toEqual(Object.keys(flags).sort());
    for (const [name, f] of Object.entries(flags)) expect(page.stdout, `${key} --${name}`).toContain(f.negatable ? `--no-${name}` : `--${name}`);
    for (const f of Object.values(flags)) {
      if (f.type === 'string' && f.default !== undefined) expect(page.stdout).toContain(t.t('cliHelp.label.default', { value: String(f.default) }));
    }
    for (const example of COMMANDS[key].examples) expect(page.stdout).toContain(example);
    expect(page.stdout).toContain(`${t.t('cliHelp.label.exit')} ${t.t(`cliHelp.cmd.${key}.exit`)}`);
    // `homeline help CMD` is the same page.
    expect((await run(['help', ...words, '--lang', lang])).stdout).toBe(page.stdout);
  });

  it('examples run only declared flags', () => {
    for (const key of commandKeys()) {
      for (const example of COMMANDS[key].examples) {
        const argv = example.split(' ').slice(1).filter((w) => w !== '<');
        const { words, rest } = splitCommand(argv);
        expect(words, example).toEqual([...COMMANDS[key].words]);
        expect(() => checkFlags(key, rest), example).not.toThrow();
      }
    }
  });

  it('`homeline isp --help` lists the isp commands; an unknown one is a usage error', async () => {
    const isp = await run(['isp', '--help', '--lang', 'en']);
    expect(isp.code).toBe(0);
    for (const sub of ['isp set', 'isp show', 'isp kit']) expect(isp.stdout).toContain(`homeline ${sub}`);
    const nope = await run(['help', 'frobnicate', '--lang', 'en']);
    expect(nope.code).toBe(2);
    expect(nope.stderr).toContain('"frobnicate" is not a Homeline command.');
  });

  it('no CLI file declares parseArgs options of its own: they all come from command-specs.ts', () => {
    const dir = fileURLToPath(new URL('../../../diagnostics/cli/', import.meta.url));
    const own = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /parseArgs\(\{[^)]*options:\s*\{/s.test(readFileSync(`${dir}${f}`, 'utf8')));
    expect(own).toEqual([]);
  });
});

describe('the declared defaults reach the parsers', () => {
  it('monitor: 10m, 1000 ms, history on unless --no-history, --on-metered off', () => {
    expect(parseMonitorInvocation([])).toEqual({ durationMs: 600_000, intervalMs: 1000, history: true, onMetered: false });
    expect(parseMonitorInvocation(['--no-history', '--duration', '90s'])).toEqual({ durationMs: 90_000, intervalMs: 1000, history: false, onMetered: false });
  });

  it('history: 14 days; check: history on, quick off', () => {
    expect(parseInvocation(['history'])).toEqual({ command: 'history', days: 14, json: false });
    expect(parseInvocation(['check', '--no-history'])).toEqual({ command: 'check', quick: false, history: false });
  });
});

describe('the outside contract (shared/contract.md: command line)', () => {
  it('keeps `homeline check [--profile FILE] [--json FILE|-] [--bundle FILE] [--quick] [--lang en|de|sv]` and `homeline --help`', async () => {
    const line = synopsis('check');
    for (const part of ['homeline check', '[--profile FILE]', '[--json FILE|-]', '[--bundle FILE]', '[--quick]', '[--lang en|de|sv]']) expect(line).toContain(part);
    expect((await run(['--help', '--lang', 'en'])).code).toBe(0);
  });
});

describe('README', () => {
  it('lists every command with its declared synopsis, and no command that is not declared', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../../README.md', import.meta.url)), 'utf8');
    const block = readme.slice(readme.indexOf('## The command line'));
    const listed = block.slice(block.indexOf('```\n') + 4, block.indexOf('\n```', block.indexOf('```\n') + 4)).split('\n');
    const expected = commandKeys().map((k) => synopsis(k));
    expect(listed.filter((l) => l.startsWith('homeline ') && !l.startsWith('homeline --help'))).toEqual(expected);
  });
});

describe('usage errors', () => {
  it.each([
    [['history', '--nope'], '--nope is not an option of "homeline history".', 'homeline history [--days N]'],
    [['isp', 'kit', '--out'], '--out needs a value (FILE).', 'homeline isp kit'],
    [['check', '--json', '--quick'], '--json needs a value (FILE|-).', 'homeline check [--profile FILE]'],
    [['outbox', '--json=yes'], '--json takes no value.', 'homeline outbox [list|send|retry [ID…]]'],
    [['diff', 'a', 'b', '--format', 'csv'], '--format is not an option of "homeline diff".', 'homeline diff A B'],
    [['monitor', '-x'], '-x is not an option of "homeline monitor".', 'homeline monitor'],
  ])('%j: one line naming the flag, then the usage; exit 2', async (argv, message, usage) => {
    const r = await run([...argv, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const [first, second, ...more] = r.stderr.trimEnd().split('\n');
    expect(first).toBe(`Usage error: ${message}`);
    expect(second).toContain(`Usage: ${usage}`);
    expect(more).toEqual([]);
  });

  it('speaks the chosen language', async () => {
    expect((await run(['stats', '.', '--nope', '--lang', 'de'])).stderr).toContain('--nope ist keine Option von „homeline stats“.');
    expect((await run(['stats', '.', '--nope', '--lang', 'sv'])).stderr).toContain('--nope är ingen flagga för ”homeline stats”.');
  });

  it('accepts --no-NAME only for a declared negatable flag', () => {
    expect(() => checkFlags('check', ['--no-history'])).not.toThrow();
    expect(() => checkFlags('check', ['--no-quick'])).toThrow(UsageError);
  });

  it('finds the command words behind leading flags and keeps an unknown word for its parser', () => {
    expect(splitCommand(['--lang', 'sv', 'isp', 'kit', '--out', 'x'])).toEqual({ words: ['isp', 'kit'], rest: ['--lang', 'sv', '--out', 'x'] });
    expect(splitCommand(['outbox', 'retry', 'ID1'])).toEqual({ words: ['outbox'], rest: ['retry', 'ID1'] });
    expect(splitCommand(['--quick'])).toEqual({ words: [], rest: ['--quick'] });
    expect(splitCommand(['frobnicate'])).toEqual({ words: ['frobnicate'], rest: [] });
  });
});
