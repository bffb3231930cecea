import { describe, expect, it } from 'vitest';
import { de } from '../../../diagnostics/i18n/catalog-de.js';
import { en } from '../../../diagnostics/i18n/catalog-en.js';
import { sv } from '../../../diagnostics/i18n/catalog-sv.js';
import { systemLang, translator } from '../../../diagnostics/i18n/translator.js';

type Leaves = Map<string, string | readonly string[]>;
function leaves(node: unknown, prefix = '', out: Leaves = new Map()): Leaves {
  if (typeof node === 'string' || Array.isArray(node)) out.set(prefix, node as string | string[]);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}
const placeholders = (v: string | readonly string[]): string[] =>
  [...new Set([v].flat().flatMap((s) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!)))].sort();

describe('catalogs', () => {
  const source = leaves(en);
  for (const [name, catalog] of [['de', de], ['sv', sv]] as const) {
    it(`${name} has every English text, no extra ones, and the same placeholders`, () => {
      const target = leaves(catalog);
      expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
      for (const [key, text] of source) {
        const translated = target.get(key)!;
        expect(Array.isArray(translated), key).toBe(Array.isArray(text));
        // Blank lines (spacing in the CLI help) stand where the English has them, nowhere else.
        const blanks = (v: string | readonly string[]) => [v].flat().map((s) => s.trim() === '');
        expect(blanks(translated), key).toEqual(blanks(text));
        expect(placeholders(translated), key).toEqual(placeholders(text));
      }
    });
  }

  it('formats numbers the way each language writes them', () => {
    expect(translator('en').t('evidence.gatewayLoss', { gateway: 'r', loss: 10.5, lost: 21, sent: 200 })).toContain('10.5 %');
    expect(translator('de').t('evidence.gatewayLoss', { gateway: 'r', loss: 10.5, lost: 21, sent: 200 })).toContain('10,5 %');
    expect(translator('sv').t('evidence.gatewayLoss', { gateway: 'r', loss: 10.5, lost: 21, sent: 200 })).toContain('10,5 %');
  });

  it('keeps small figures readable', () => {
    const t = translator('sv');
    expect(t.t('evidence.targetsLatency', { avg: 0.094 })).toContain('0,094 ms');
    expect(t.t('evidence.targetsLatency', { avg: 24.36 })).toContain('24,4 ms');
    expect(t.t('evidence.targetsLatency', { avg: 0 })).toContain(' 0 ms');
  });

  it('throws on a missing key rather than showing it to a user', () => {
    expect(() => translator('de').t('finding.nope.title')).toThrow(/missing text de:finding\.nope\.title/);
  });

  it('follows the system language', () => {
    expect(systemLang({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(systemLang({ LC_ALL: 'sv_SE.UTF-8', LANG: 'en_US' })).toBe('sv');
    expect(systemLang({ LANG: 'C' })).toMatch(/^(en|de|sv)$/);
  });
});
