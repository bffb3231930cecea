import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDarwinRouteGet } from '../../../../diagnostics/platform/route-lookup/parse-darwin.js';
import { parseLinuxRouteGet } from '../../../../diagnostics/platform/route-lookup/parse-linux.js';
import { parseWindowsFindNetRoute } from '../../../../diagnostics/platform/route-lookup/parse-windows.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const NONE = { interface: null, gateway: null, source: null };

describe('route lookup parsers', () => {
  it('reads Linux ip -j route get: on-link tunnel, via a router, IPv6', () => {
    expect(parseLinuxRouteGet(fixture('linux-route-get-tun.json'))).toEqual({ interface: 'tun0', gateway: null, source: '198.18.12.34' });
    expect(parseLinuxRouteGet(fixture('linux-route-get-gateway.json'))).toEqual({ interface: 'wlp2s0', gateway: '192.0.2.1', source: '192.0.2.23' });
    expect(parseLinuxRouteGet(fixture('linux-route-get-v6.json'))).toEqual({ interface: 'wlp2s0', gateway: 'fe80::1', source: '2001:db8:1::23' });
    expect(parseLinuxRouteGet('')).toEqual(NONE);
    expect(parseLinuxRouteGet('RTNETLINK answers: Network is unreachable')).toEqual(NONE);
  });
  it('reads macOS route -n get: a tunnel route has no gateway line', () => {
    expect(parseDarwinRouteGet(fixture('mac-route-get-utun.txt'))).toEqual({ interface: 'utun4', gateway: null, source: null });
    expect(parseDarwinRouteGet(fixture('mac-route-get-gateway.txt'))).toEqual({ interface: 'en0', gateway: '192.0.2.1', source: null });
    expect(parseDarwinRouteGet(fixture('mac-route-get-not-in-table.txt'))).toEqual(NONE);
  });
  it('reads Windows Find-NetRoute: source object plus route object, in either order, or the route alone', () => {
    expect(parseWindowsFindNetRoute(fixture('win-find-netroute-vpn.json'))).toEqual({ interface: 'Ethernet 3', gateway: null, source: '198.18.12.34' });
    expect(parseWindowsFindNetRoute(fixture('win-find-netroute-wifi.json'))).toEqual({ interface: 'WLAN', gateway: '192.0.2.1', source: '192.0.2.23' });
    const reversed = JSON.stringify((JSON.parse(fixture('win-find-netroute-wifi.json')) as unknown[]).reverse());
    expect(parseWindowsFindNetRoute(reversed)).toEqual({ interface: 'WLAN', gateway: '192.0.2.1', source: '192.0.2.23' });
    expect(parseWindowsFindNetRoute(fixture('win-find-netroute-route-only.json'))).toEqual({ interface: 'Corp IKEv2', gateway: '198.18.80.1', source: null });
    expect(parseWindowsFindNetRoute('{"InterfaceAlias":"Corp","NextHop":"::","IPAddress":null}')).toEqual({ interface: 'Corp', gateway: null, source: null });
    expect(parseWindowsFindNetRoute('Find-NetRoute : No matching MSFT_NetRoute objects found')).toEqual(NONE);
    expect(parseWindowsFindNetRoute('')).toEqual(NONE);
  });
  it('never throws on arbitrary text, cut output or shuffled lines', () => {
    const parsers = [parseLinuxRouteGet, parseDarwinRouteGet, parseWindowsFindNetRoute];
    const samples = ['linux-route-get-gateway.json', 'mac-route-get-gateway.txt', 'win-find-netroute-vpn.json'].map(fixture);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (s) => {
        for (const p of parsers) expect(p(s)).toBeDefined();
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...samples), fc.nat(), (text, cut) => {
        for (const p of parsers) expect(p(text.slice(0, cut % (text.length + 1)))).toBeDefined();
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...samples).chain((text) => fc.shuffledSubarray(text.split('\n'))),
        (lines) => {
          for (const p of parsers) expect(p(lines.join('\n'))).toBeDefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('route lookup parsers stay fast on long hostile text', () => {
  it('parses each in well under a second', () => {
    const n = 200_000;
    for (const text of [`${' '.repeat(n)}x`, `${'\n '.repeat(n)}interface: x y`, `${'interface: a '.repeat(n / 8)}`]) {
      for (const p of [parseLinuxRouteGet, parseDarwinRouteGet, parseWindowsFindNetRoute]) {
        const started = performance.now();
        p(text);
        expect(performance.now() - started).toBeLessThan(1000);
      }
    }
  });
});
