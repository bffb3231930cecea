import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegExport } from '../../../diagnostics/policy/windows/parse-reg-export.js';
import { policyValuesFromRegQuery as parseRegQuery } from '../../../diagnostics/policy/windows/parse-reg-query.js';

const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Homeline';
// Value names as IT types them: letters, digits, single spaces inside, no four-space runs.
const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]*( [A-Za-z0-9]+){0,2}$/);
const text = fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !/[\r\n\0]/.test(s));

/** A value as `reg export` writes it, with hex lines wrapped at 80 columns like regedit. */
function hexLine(prefix: string, bytes: Buffer): string {
  const items = [...bytes].map((b) => b.toString(16).padStart(2, '0'));
  const lines: string[] = [];
  let line = prefix;
  items.forEach((item, i) => {
    const piece = item + (i < items.length - 1 ? ',' : '');
    if (line.length + piece.length > 77) {
      lines.push(`${line}\\`);
      line = '  ';
    }
    line += piece;
  });
  lines.push(line);
  return lines.join('\r\n');
}
const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

describe('registry parsers on generated values (property)', () => {
  it('reg query: names with spaces and any single-line data come back as written', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(name, text), { selector: ([n]) => n.toLowerCase(), maxLength: 8 }), (values) => {
        const out = ['', KEY, ...values.map(([n, d]) => `    ${n}    REG_SZ    ${d}`), '', 'End of search: 1 match(es) found.', ''].join('\r\n');
        expect(parseRegQuery(out).map((v) => [v.name, v.data])).toEqual(values);
      }),
      { numRuns: 2000 },
    );
  });

  it('reg export: escaped strings, dwords and wrapped REG_MULTI_SZ come back as written', () => {
    const strings = fc.array(text.filter((s) => s !== ''), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(text.filter((s) => s !== ''), text, fc.integer({ min: 0, max: 0xffffffff }), strings, (n, sz, dword, multi) => {
        const file = [
          'Windows Registry Editor Version 5.00',
          '',
          `[${KEY}]`,
          `${quote(n)}=${quote(sz)}`,
          `"D"=dword:${dword.toString(16).padStart(8, '0')}`,
          hexLine('"M"=hex(7):', Buffer.from(`${multi.join('\0')}\0\0`, 'utf16le')),
          '',
        ].join('\r\n');
        const values = parseRegExport(file);
        expect(values.map((v) => v.data)).toEqual([sz, dword, multi]);
        expect(values[0]?.name).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
});
