import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGsettingsInt, parseGsettingsString, parseGsettingsStrv } from '../../../../diagnostics/platform/proxy/parse-gsettings.js';
import { parseConnectionFlags, parseInternetSettings } from '../../../../diagnostics/platform/proxy/parse-internet-settings.js';
import { parseNetshWinhttp } from '../../../../diagnostics/platform/proxy/parse-netsh-winhttp.js';
import { parseScutilProxy } from '../../../../diagnostics/platform/proxy/parse-scutil-proxy.js';
import { parseProxyAddress, parseProxyList } from '../../../../diagnostics/platform/proxy/proxy-address.js';
import { proxyFromEnv } from '../../../../diagnostics/platform/proxy/proxy-env.js';
import { proxyFactsFromScutil } from '../../../../diagnostics/platform/proxy/read-proxy-darwin.js';
import type { ProxyServer } from '../../../../diagnostics/platform/proxy/types.js';
import { fixture, fixturesStartingWith } from './support.js';

function checkServers(list: readonly ProxyServer[]): void {
  for (const s of list) {
    expect(['http', 'https', 'socks', 'any']).toContain(s.scheme);
    expect(s.host).not.toBe('');
    if (s.port !== null) expect(Number.isInteger(s.port) && s.port >= 1 && s.port <= 65535).toBe(true);
  }
}

const PARSERS: ReadonlyArray<{ name: string; prefix: string; parse: (s: string) => void }> = [
  {
    name: 'netsh winhttp',
    prefix: 'win-',
    parse: (s) => {
      const r = parseNetshWinhttp(s);
      expect(['direct', 'proxy', 'unknown']).toContain(r.state);
      checkServers(r.servers);
      if (r.state !== 'proxy') expect(r.servers).toEqual([]);
    },
  },
  { name: 'reg Internet Settings', prefix: 'win-reg', parse: (s) => void expect(typeof parseInternetSettings(s).read).toBe('boolean') },
  { name: 'reg Connections', prefix: 'win-reg-conn', parse: (s) => void parseConnectionFlags(s) },
  {
    name: 'scutil --proxy',
    prefix: 'mac-scutil',
    parse: (s) => {
      const f = proxyFactsFromScutil(parseScutilProxy(s));
      expect(['direct', 'manual', 'pac', 'auto-detect', 'unknown']).toContain(f.mode);
      checkServers(f.servers);
    },
  },
  {
    name: 'gsettings',
    prefix: 'linux-gsettings',
    parse: (s) => {
      parseGsettingsString(s);
      const n = parseGsettingsInt(s);
      if (n !== null) expect(Number.isInteger(n)).toBe(true);
      parseGsettingsStrv(s);
    },
  },
  {
    name: 'proxy addresses and env values',
    prefix: 'linux-env',
    parse: (s) => {
      parseProxyAddress(s);
      checkServers(parseProxyList(s).servers);
      checkServers(proxyFromEnv({ http_proxy: s, https_proxy: s, all_proxy: s, no_proxy: s }).servers);
    },
  },
];

const lineish = fc
  .array(
    fc.oneof(
      fc.constantFrom('    Proxy Server(s) :  ', '    ProxyServer    REG_SZ    ', 'REG_DWORD', '0x1', ' : ', '<dictionary> {', '<array> {', '}', '{', "'", '[', ']', 'http=', ';', ':', '@', '//', '[2001:db8::1]', '\r\n', '\n', '\t', '    '),
      fc.string({ maxLength: 12 }),
      fc.integer({ min: -1, max: 70_000 }).map(String),
      fc.constantFrom('proxy.example.com', '192.0.2.1', 'HTTPEnable : 1', 'HTTPProxy : ', '(keine)', 'Direkt \u0086tkomst (ingen proxyserver).', 'HKEY_CURRENT_USER'),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('every proxy parser returns a result and never throws', () => {
  for (const p of PARSERS) {
    const samples = fixturesStartingWith(p.prefix).map(fixture);

    it(`${p.name}: arbitrary strings`, () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => p.parse(s)), { numRuns: 300 });
      fc.assert(fc.property(lineish, (s) => p.parse(s)), { numRuns: 300 });
      fc.assert(fc.property(fc.jsonValue(), (v) => p.parse(JSON.stringify(v))), { numRuns: 100 });
    });

    it(`${p.name}: random truncations of the fixtures`, () => {
      expect(samples.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(fc.constantFrom(...samples), fc.nat(), fc.nat(), (text, a, b) => {
          const from = a % (text.length + 1);
          p.parse(text.slice(0, from));
          p.parse(text.slice(from, from + (b % (text.length + 1))));
        }),
        { numRuns: 300 },
      );
    });

    it(`${p.name}: shuffled and dropped lines of the fixtures`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...samples).chain((text) => fc.shuffledSubarray(text.split(/\r?\n/), { minLength: 0 })),
          (lines) => p.parse(lines.join('\r\n')),
        ),
        { numRuns: 300 },
      );
    });
  }

  it('every parser survives every fixture (a wrong command output is still no throw)', () => {
    for (const name of fixturesStartingWith('')) for (const p of PARSERS) p.parse(fixture(name));
  });

  it('a huge single line does not hang the line regexes', () => {
    const huge = `    ${'a '.repeat(50_000)}    REG_SZ    x`;
    for (const p of PARSERS) p.parse(huge);
  });
});
