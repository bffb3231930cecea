import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWindowsDnsJson } from '../../../../diagnostics/platform/resolvers/parse-windows-dns-json.js';
import { fixture } from './fixture.js';

describe('parseWindowsDnsJson (Get-DnsClientServerAddress | ConvertTo-Json)', () => {
  it('reads one adapter printed as a bare object, not an array', () => {
    expect(parseWindowsDnsJson(fixture('windows-dns-one.json'))).toEqual([{ address: '192.0.2.1', scope: 'unknown', interface: 'WLAN' }]);
  });

  it('reads several adapters, skipping those without servers', () => {
    expect(parseWindowsDnsJson(fixture('windows-dns-several.json'))).toEqual([
      { address: '198.51.100.53', scope: 'unknown', interface: 'Ethernet 3' },
      { address: '198.51.100.54', scope: 'unknown', interface: 'Ethernet 3' },
      { address: '192.0.2.1', scope: 'unknown', interface: 'Wi-Fi' },
    ]);
  });

  it('reads a single server printed as a string, a leading byte-order mark, and nothing at all', () => {
    expect(parseWindowsDnsJson('\uFEFF{"InterfaceAlias":"WLAN","ServerAddresses":"192.0.2.1"}')).toEqual([{ address: '192.0.2.1', scope: 'unknown', interface: 'WLAN' }]);
    expect(parseWindowsDnsJson('')).toEqual([]);
    expect(parseWindowsDnsJson('Get-DnsClientServerAddress : Access denied')).toEqual([]);
  });

  it('never throws on any text or JSON value', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void parseWindowsDnsJson(s)), { numRuns: 1000 });
    fc.assert(fc.property(fc.jsonValue(), (v) => void parseWindowsDnsJson(JSON.stringify(v))), { numRuns: 500 });
  });
});
