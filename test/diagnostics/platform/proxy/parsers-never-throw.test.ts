import { expect } from 'vitest';
import { parseGsettingsInt, parseGsettingsString, parseGsettingsStrv } from '../../../../diagnostics/platform/proxy/parse-gsettings.js';
import { parseConnectionFlags, parseInternetSettings } from '../../../../diagnostics/platform/proxy/parse-internet-settings.js';
import { parseNetshWinhttp } from '../../../../diagnostics/platform/proxy/parse-netsh-winhttp.js';
import { parseScutilProxy } from '../../../../diagnostics/platform/proxy/parse-scutil-proxy.js';
import { parseProxyAddress, parseProxyList } from '../../../../diagnostics/platform/proxy/proxy-address.js';
import { proxyFromEnv } from '../../../../diagnostics/platform/proxy/proxy-env.js';
import { proxyFactsFromScutil } from '../../../../diagnostics/platform/proxy/read-proxy-darwin.js';
import type { ProxyServer } from '../../../../diagnostics/platform/proxy/types.js';
import { describeParserFuzz } from '../../../support/fuzz/parser-fuzz.js';
import { fixture, fixturesStartingWith } from './support.js';

function checkServers(list: readonly ProxyServer[]): void {
  for (const s of list) {
    expect(['http', 'https', 'socks', 'any']).toContain(s.scheme);
    expect(s.host).not.toBe('');
    if (s.port !== null) expect(Number.isInteger(s.port) && s.port >= 1 && s.port <= 65535).toBe(true);
  }
}
const samples = (prefix: string): string[] => fixturesStartingWith(prefix).map(fixture);

describeParserFuzz(
  'every proxy parser returns a result and never throws',
  [
    {
      name: 'netsh winhttp',
      samples: samples('win-'),
      parse: (s) => {
        const r = parseNetshWinhttp(s);
        expect(['direct', 'proxy', 'unknown']).toContain(r.state);
        checkServers(r.servers);
        if (r.state !== 'proxy') expect(r.servers).toEqual([]);
      },
    },
    { name: 'reg Internet Settings', samples: samples('win-reg'), parse: (s) => void expect(typeof parseInternetSettings(s).read).toBe('boolean') },
    { name: 'reg Connections', samples: samples('win-reg-conn'), parse: (s) => void parseConnectionFlags(s) },
    {
      name: 'scutil --proxy',
      samples: samples('mac-scutil'),
      parse: (s) => {
        const f = proxyFactsFromScutil(parseScutilProxy(s));
        expect(['direct', 'manual', 'pac', 'auto-detect', 'unknown']).toContain(f.mode);
        checkServers(f.servers);
      },
    },
    {
      name: 'gsettings',
      samples: samples('linux-gsettings'),
      parse: (s) => {
        parseGsettingsString(s);
        const n = parseGsettingsInt(s);
        if (n !== null) expect(Number.isInteger(n)).toBe(true);
        parseGsettingsStrv(s);
      },
    },
    {
      name: 'proxy addresses and env values',
      samples: samples('linux-env'),
      parse: (s) => {
        parseProxyAddress(s);
        checkServers(parseProxyList(s).servers);
        checkServers(proxyFromEnv({ http_proxy: s, https_proxy: s, all_proxy: s, no_proxy: s }).servers);
      },
    },
  ],
  {
    tokens: ['    Proxy Server(s) :  ', '    ProxyServer    REG_SZ    ', 'REG_DWORD', '0x1', '<dictionary> {', '<array> {', "'", 'http=', ';', ':', '@', '//', '[2001:db8::1]', 'proxy.example.com', 'HTTPEnable : 1', 'HTTPProxy : ', '(keine)', 'Direkt \u0086tkomst (ingen proxyserver).', 'HKEY_CURRENT_USER'],
    foreign: samples(''),
  },
);
