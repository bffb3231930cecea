import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIpconfigDns } from '../../../../diagnostics/platform/resolvers/parse-ipconfig-dns.js';
import { fixture } from './fixture.js';

const row = (address: string, iface: string) => ({ address, scope: 'unknown', interface: iface });

describe('parseIpconfigDns (ipconfig /all, read by structure)', () => {
  it('English: VPN, Ethernet and Wi-Fi, with continuation lines (not the gateway\u2019s)', () => {
    expect(parseIpconfigDns(fixture('ipconfig-all-en.txt'))).toEqual([
      row('198.51.100.53', 'Ethernet 3'),
      row('198.51.100.54', 'Ethernet 3'),
      row('192.0.2.1', 'Ethernet'),
      row('2001:db8::1', 'Wi-Fi'),
      row('192.0.2.1', 'Wi-Fi'),
    ]);
  });

  it('German: skips the disconnected adapter and Windows\u2019 fec0:0:0:ffff:: placeholders', () => {
    expect(parseIpconfigDns(fixture('ipconfig-all-de.txt'))).toEqual([
      row('198.51.100.53', 'Ethernet 2'),
      row('198.51.100.54', 'Ethernet 2'),
      row('192.0.2.1', 'WLAN'),
    ]);
  });

  it('Swedish, garbled by the OEM code page as on a real console', () => {
    expect(parseIpconfigDns(fixture('ipconfig-all-sv.txt'))).toEqual([
      row('198.51.100.53', 'Ethernet 4'),
      row('198.51.100.54', 'Ethernet 4'),
      row('192.0.2.1', 'Wi-Fi'),
      row('2001:db8::1', 'Wi-Fi'),
    ]);
  });

  it('reads a German "Key: value" line without dot leaders and LF-only output', () => {
    const text = 'Drahtlos-LAN-Adapter WLAN:\n\n   DNS-Server: 192.0.2.1\n               198.51.100.53\n   NetBIOS: Aktiviert\n                192.0.2.99\n';
    expect(parseIpconfigDns(text)).toEqual([row('192.0.2.1', 'WLAN'), row('198.51.100.53', 'WLAN')]);
  });

  it('never throws on any input, including cut-off real output, and stays fast on long lines', () => {
    const real = fixture('ipconfig-all-de.txt');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void parseIpconfigDns(s)), { numRuns: 1000 });
    fc.assert(fc.property(fc.nat(real.length), fc.string(), (cut, tail) => void parseIpconfigDns(real.slice(0, cut) + tail)), { numRuns: 500 });
    const started = performance.now();
    parseIpconfigDns(`Adapter X:\n ${'. '.repeat(100_000)}\n   DNS ${'. '.repeat(100_000)}x`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
