import { describe, expect, it } from 'vitest';
import { parseConnectionFlags, parseInternetSettings } from '../../../../diagnostics/platform/proxy/parse-internet-settings.js';
import { firstKeyValues, parseRegQuery } from '../../../../diagnostics/platform/registry/parse-reg-query.js';
import { fixture } from './support.js';

describe('parseRegQuery', () => {
  it('reads value lines of the first key only, names with spaces included', () => {
    const values = firstKeyValues(parseRegQuery(fixture('win-reg-direct.txt'))).map(({ name, type, data }) => ({ name, type, data }));
    expect(values).toHaveLength(10);
    expect(values).toContainEqual({ name: 'User Agent', type: 'REG_SZ', data: 'Mozilla/4.0 (compatible; MSIE 8.0; Win32)' });
    expect(values.at(-1)).toEqual({ name: 'ProxyEnable', type: 'REG_DWORD', data: '0x0' });
  });
});

describe('parseInternetSettings', () => {
  it('reads a direct profile', () => {
    expect(parseInternetSettings(fixture('win-reg-direct.txt'))).toEqual({
      read: true, proxyEnable: false, proxyServer: null, proxyOverride: null, autoConfigUrl: null,
    });
  });

  it('reads a manual proxy with its override list', () => {
    expect(parseInternetSettings(fixture('win-reg-manual.txt'))).toEqual({
      read: true,
      proxyEnable: true,
      proxyServer: 'http=proxy.example.com:8080;https=proxy.example.com:8443;ftp=proxy.example.com:2121',
      proxyOverride: '*.corp.example.com;192.0.2.*;<local>',
      autoConfigUrl: null,
    });
  });

  it('reads a PAC URL', () => {
    expect(parseInternetSettings(fixture('win-reg-pac.txt'))).toMatchObject({
      read: true, proxyEnable: false, autoConfigUrl: 'http://wpad.corp.example.com/proxy.pac',
    });
  });

  it.each(['en', 'de', 'sv'])('reads nothing from the %s error line', (lang) => {
    expect(parseInternetSettings(fixture(`win-${lang}-reg-error.txt`))).toEqual({
      read: false, proxyEnable: null, proxyServer: null, proxyOverride: null, autoConfigUrl: null,
    });
  });
});

describe('parseConnectionFlags', () => {
  it('finds "Automatically detect settings" in the flags byte', () => {
    expect(parseConnectionFlags(fixture('win-reg-connections-autodetect.txt'))).toEqual({ manualProxy: false, pacScript: false, autoDetect: true });
    expect(parseConnectionFlags(fixture('win-reg-connections-direct.txt'))).toEqual({ manualProxy: false, pacScript: false, autoDetect: false });
  });

  it('gives null for an error or a short blob', () => {
    expect(parseConnectionFlags(fixture('win-de-reg-error.txt'))).toBeNull();
    expect(parseConnectionFlags('    DefaultConnectionSettings    REG_BINARY    4600\r\n')).toBeNull();
  });
});
