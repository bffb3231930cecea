import { describe, expect, it } from 'vitest';
import { parseInvocation, UsageError } from '../../../diagnostics/cli/args.js';
import { main } from '../../../diagnostics/cli/main.js';

describe('command line', () => {
  it('treats check as the default command', () => {
    expect(parseInvocation(['--quick', '--lang', 'sv'])).toEqual({ command: 'check', quick: true, history: true, lang: 'sv' });
    expect(parseInvocation(['check', '--profile', 'p.json', '--json', '-'])).toEqual({ command: 'check', quick: false, history: true, profile: 'p.json', json: '-' });
    expect(parseInvocation(['--help'])).toEqual({ command: 'help' });
  });

  it.each([[['--lang', 'fr']], [['frobnicate']], [['check', 'extra']], [['--nope']], [['--profile']]])('refuses %j', (argv) => {
    expect(() => parseInvocation(argv)).toThrow(UsageError);
  });

  const capture = () => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: (s: string) => { out.stdout += s; }, stderr: (s: string) => { out.stderr += s; } } };
  };

  it('answers --help in the chosen language with exit 0', async () => {
    for (const [lang, word] of [['en', 'Usage'], ['de', 'Aufruf'], ['sv', 'Användning']] as const) {
      const { out, io } = capture();
      expect(await main(['--help', '--lang', lang], io)).toBe(0);
      expect(out.stdout).toContain(word);
      expect(out.stdout).toContain('--profile');
    }
  });

  it('exits 2 with one sentence for a broken profile, before any probe runs', async () => {
    const { out, io } = capture();
    expect(await main(['check', '--profile', '/nonexistent/p.json', '--lang', 'en'], io)).toBe(2);
    expect(out.stderr.trim()).toBe('/nonexistent/p.json: cannot read the profile (file not found).');
  });

  it('exits 2 on a usage error', async () => {
    const { out, io } = capture();
    expect(await main(['--lang', 'xx'], io)).toBe(2);
    expect(out.stderr).toMatch(/--lang must be en, de or sv/);
  });
});
