import { describe, expect, it } from 'vitest';
import { connectivityOf, mediaConnectedOf, mediumOf, networkCategoryOf, operStatusOf } from '../../../../diagnostics/platform/windows-cim/cim-enums.js';
import { parseNetAdapterCim } from '../../../../diagnostics/platform/windows-cim/parse-net-adapter-cim.js';
import { parseNetConnectionProfile } from '../../../../diagnostics/platform/windows-cim/parse-net-connection-profile.js';
import { parseNetIpConfiguration } from '../../../../diagnostics/platform/windows-cim/parse-net-ip-configuration.js';
import { parseWindowsDefaultRoute } from '../../../../diagnostics/platform/routes/parse-windows.js';

// The CIM JSON readers on the edges the corpus does not show: what PowerShell prints when it
// fails, enum names instead of numbers, and display words, which are never read.

describe('CIM enumerations', () => {
  it('read numbers and enum identifiers, never display words of any language', () => {
    expect([operStatusOf(1), operStatusOf(2), operStatusOf(7), operStatusOf('Up'), operStatusOf(4), operStatusOf('Actif')]).toEqual(['up', 'down', 'lower-layer-down', 'up', null, null]);
    expect([mediaConnectedOf(1), mediaConnectedOf(2), mediaConnectedOf(0), mediaConnectedOf('Verbunden')]).toEqual([true, false, null, null]);
    expect([networkCategoryOf(0), networkCategoryOf(1), networkCategoryOf(2), networkCategoryOf('DomainAuthenticated'), networkCategoryOf('Privé'), networkCategoryOf(7)]).toEqual(['public', 'private', 'domain', 'domain', null, null]);
    expect([connectivityOf(4), connectivityOf(3), connectivityOf('NoTraffic'), connectivityOf('Internetzugriff')]).toEqual(['internet', 'local-network', 'no-traffic', null]);
  });

  it('name a medium only when Windows says one: a tunnel ifType wins, NDIS 0 is unknown', () => {
    expect(mediumOf(9, 71)).toBe('wifi');
    expect(mediumOf(14, 131)).toBe('tunnel');
    expect(mediumOf(0, 6)).toBeNull();
    expect(mediumOf(undefined, 6)).toBe('ethernet');
    expect(mediumOf(8, 243)).toBe('mobile');
    expect(mediumOf('Native802_11', undefined)).toBe('wifi');
  });
});

describe('when PowerShell fails or prints nothing', () => {
  const failures = ['Get-NetAdapter : Der Begriff "Get-NetAdapter" wurde nicht erkannt.', '{"Name": "Wi-Fi", "Interf', '\u0000\u0001'];
  it('say null (not JSON: fall back to text) for an error or a cut output, and [] for an empty pipeline', () => {
    for (const parse of [parseNetAdapterCim, parseNetIpConfiguration, parseNetConnectionProfile]) {
      for (const f of failures) expect(parse(f)).toBeNull();
      expect(parse('')).toEqual([]);
      expect(parse('\uFEFF[]')).toEqual([]);
    }
  });

  it('skip rows without a name instead of inventing one', () => {
    expect(parseNetAdapterCim('[{"ifOperStatus":1},{"Name":"Wi-Fi","ifIndex":4,"ifOperStatus":1}]')).toEqual([
      { name: 'Wi-Fi', description: null, index: 4, mac: null, operStatus: 'up', mediaConnected: null, medium: null, virtual: null, linkSpeedBps: null },
    ]);
  });
});

describe('Get-NetIPConfiguration lists', () => {
  it('are unknown (null) when entries hold no address, empty when there were none', () => {
    const [c] = parseNetIpConfiguration('{"InterfaceAlias":"Wi-Fi","IPv4Address":["MSFT_NetIPAddress (Name = \\";@C8\\")"],"IPv4DefaultGateway":null,"DNSServer":[{"AddressFamily":2,"ServerAddresses":["not an address"]}]}')!;
    expect(c).toMatchObject({ ipv4: null, gateways4: [], dns4: null, ipv6: [], dns6: [] });
  });
});

describe('the default route from Get-NetRoute', () => {
  it('skips rows for other destinations and names no router for an on-link default', () => {
    expect(parseWindowsDefaultRoute('[{"DestinationPrefix":"10.0.0.0/8","NextHop":"10.0.0.1","InterfaceAlias":"Firma"},{"DestinationPrefix":"0.0.0.0/0","NextHop":"0.0.0.0","InterfaceAlias":"Firma"}]')).toEqual({ gateway: null, interface: 'Firma' });
    expect(parseWindowsDefaultRoute('[{"DestinationPrefix":"10.0.0.0/8","NextHop":"10.0.0.1","InterfaceAlias":"Firma"}]')).toBeNull();
    // The command itself filters by prefix: rows without one are read as before.
    expect(parseWindowsDefaultRoute('{"NextHop":"192.168.1.1","InterfaceAlias":"WLAN","RouteMetric":0}')).toEqual({ gateway: '192.168.1.1', interface: 'WLAN' });
  });
});
