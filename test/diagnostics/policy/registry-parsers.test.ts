import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeRegFile, parseRegExport, RegFileError } from '../../../diagnostics/policy/windows/parse-reg-export.js';
import { policyValuesFromRegQuery as parseRegQuery } from '../../../diagnostics/policy/windows/parse-reg-query.js';
import { fixturesIn } from '../../support/platform-fixtures.js';

const { fixture } = fixturesIn(new URL('./fixtures/', import.meta.url));

describe('reg query /s output', () => {
  it.each(['en', 'de', 'sv'])('reads the same values from %s Windows', (lang) => {
    const values = parseRegQuery(fixture(`win-reg-query-${lang}.txt`));
    const root = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Homeline';
    expect(values.find((v) => v.name === 'CompanyName')).toEqual({ key: root, name: 'CompanyName', type: 'REG_SZ', data: 'Example GmbH' });
    expect(values.find((v) => v.name === 'BackgroundCheckMinutes')?.data).toBe(60);
    expect(values.find((v) => v.name === 'UserMayChange')?.data).toEqual(['language', 'startAtLogin', 'helpDeskPhone']);
    expect(values.find((v) => v.name === 'Targets')?.data).toHaveLength(4);
    expect(values.find((v) => v.name === 'Logo')).toMatchObject({ type: 'REG_BINARY', data: '89504E47' });
    // the localized "(Default)"/"(Standard)" value comes back as the nameless default
    expect(values.filter((v) => v.name === '')).toHaveLength(1);
    expect(values.find((v) => v.name === 'Language')?.key).toBe(`${root}\\Legacy`);
    // the localized trailer is not a value
    expect(values).toHaveLength(11);
  });

  it.each(['en', 'de', 'sv'])('finds nothing in the %s "key not found" message', (lang) => {
    expect(parseRegQuery(fixture(`win-reg-query-missing-${lang}.txt`))).toEqual([]);
  });
});

describe('reg export files', () => {
  const text = decodeRegFile(readFileSync(new URL('./fixtures/win-reg-export.reg', import.meta.url)));

  it('decodes UTF-16 strings, escapes, dwords and wrapped hex(7)/hex(2) lines', () => {
    const values = parseRegExport(text);
    const get = (n: string) => values.find((v) => v.name === n);
    expect(get('CompanyName')?.data).toBe('Müller & Söner AB "Nord"');
    expect(get('HelpDeskHours')?.data).toBe('Mån–Fre 8–17');
    expect(get('StartAtLogin')).toMatchObject({ type: 'REG_DWORD', data: 0 });
    expect(get('BackgroundCheckMinutes')?.data).toBe(1500);
    expect(get('UserMayChange')).toMatchObject({ type: 'REG_MULTI_SZ', data: ['redactionLevel', 'ssidHandling'] });
    expect((get('Targets')?.data as string[]).join('\n')).toContain('"storefrontUrl": "https://storefront.corp.example/Citrix/StoreWeb/"');
    expect(get('OoklaCliPath')).toMatchObject({ type: 'REG_EXPAND_SZ', data: 'C:\\Program Files\\Ookla\\speedtest.exe' });
    expect(values.every((v) => v.key === 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Homeline')).toBe(true);
  });

  it('names the line of a value it cannot read', () => {
    expect(() => parseRegExport('Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\X]\r\n"A"=weird:1\r\n')).toThrow(/line 4: unknown value format/);
    expect(() => parseRegExport('hello')).toThrow(RegFileError);
  });
});
