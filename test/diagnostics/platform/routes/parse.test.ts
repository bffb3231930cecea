import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDarwinDefaultRoute } from '../../../../diagnostics/platform/routes/parse-darwin.js';
import { parseLinuxDefaultRoute } from '../../../../diagnostics/platform/routes/parse-linux.js';
import { parseWindowsDefaultRoute } from '../../../../diagnostics/platform/routes/parse-windows.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('default route parsers', () => {
  it('reads Linux ip route, lowest metric first', () => {
    expect(parseLinuxDefaultRoute(fixture('linux-ip-route-default.txt'))).toEqual({ gateway: '192.0.2.1', interface: 'wlp2s0' });
    expect(parseLinuxDefaultRoute('')).toBeNull();
  });
  it('reads macOS route get default', () => {
    expect(parseDarwinDefaultRoute(fixture('macos-route-get-default.txt'))).toEqual({ gateway: '192.0.2.1', interface: 'en0' });
    expect(parseDarwinDefaultRoute('route: writing to routing socket: not in table\n')).toBeNull();
  });
  it('reads Windows Get-NetRoute JSON, skipping on-link VPN routes', () => {
    expect(parseWindowsDefaultRoute(fixture('windows-get-netroute.json'))).toEqual({ gateway: '192.0.2.1', interface: 'WLAN' });
    expect(parseWindowsDefaultRoute('{"NextHop":"0.0.0.0","InterfaceAlias":"VPN"}')).toEqual({ gateway: null, interface: 'VPN' });
    expect(parseWindowsDefaultRoute('')).toBeNull();
  });
  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseLinuxDefaultRoute(s);
        parseDarwinDefaultRoute(s);
        parseWindowsDefaultRoute(s);
      }),
      { numRuns: 500 },
    );
  });
});
