import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLinks } from '../../../../diagnostics/platform/links/read-links.js';
import { powershellCommand } from '../../../../diagnostics/platform/powershell.js';
import { NET_ADAPTER } from '../../../../diagnostics/platform/windows-cim/queries.js';
import { mergeLinks } from '../../../../diagnostics/probes/adapters.js';
import { fakeRunner, keyOf } from '../../../support/fake-runner.js';
import { connectivityOf, mediaConnectedOf, mediumOf, networkCategoryOf, operStatusOf } from '../../../../diagnostics/platform/windows-cim/cim-enums.js';
import { parseNetAdapterCim } from '../../../../diagnostics/platform/windows-cim/parse-net-adapter-cim.js';
import { parseNetConnectionProfile } from '../../../../diagnostics/platform/windows-cim/parse-net-connection-profile.js';
import { parseNetIpConfiguration } from '../../../../diagnostics/platform/windows-cim/parse-net-ip-configuration.js';
import { parseNrptPolicy } from '../../../../diagnostics/platform/windows-cim/parse-nrpt-policy.js';
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
    for (const parse of [parseNetAdapterCim, parseNetIpConfiguration, parseNetConnectionProfile, parseNrptPolicy]) {
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

describe('Windows adapters from CIM in the adapters probe', () => {
  const written = readFileSync('test/fixtures/windows-cim/get-netadapter-fr-written.json', 'utf8');

  it('are read through the query and become links: state, medium, speed, MAC in Node form', async () => {
    const run = fakeRunner({ [keyOf(powershellCommand(NET_ADAPTER.script, 5000))]: written });
    const { links, failure } = await readLinks('win32', run);
    expect(failure).toBeNull();
    expect(links!.map((l) => [l.name, l.up, l.virtual, l.medium, l.speedMbps])).toEqual([
      ['Wi-Fi', true, false, 'wireless', 867],
      ['Ethernet', false, false, 'wired', null],
      ['Entreprise', true, true, null, 100000],
      ['vEthernet (Default Switch)', true, true, null, 10000],
      ['Connexion réseau Bluetooth', false, true, null, 3],
      ['OpenVPN TAP', false, false, null, 1000],
    ]);
    expect(links![0]!.mac).toBe('a4:c3:f0:00:00:12');
  });

  it('name the Wi-Fi adapter wireless and add the unplugged cable, where Node alone saw an unknown kind', async () => {
    const run = fakeRunner({ [keyOf(powershellCommand(NET_ADAPTER.script, 5000))]: written });
    const fromNode = { name: 'Wi-Fi', kind: 'unknown' as const, up: true, ipv4: ['192.168.1.20'], ipv6: [], selfAssigned: false, mac: 'a4:c3:f0:00:00:12', speedMbps: null, dhcp: null };
    const merged = mergeLinks([fromNode], (await readLinks('win32', run)).links);
    expect(merged.find((a) => a.name === 'Wi-Fi')).toMatchObject({ kind: 'wireless', up: true, speedMbps: 867 });
    expect(merged.find((a) => a.name === 'Ethernet')).toMatchObject({ kind: 'wired', up: false, ipv4: [] });
    expect(merged.find((a) => a.name === 'OpenVPN TAP')).toMatchObject({ kind: 'unknown', up: false });
  });

  it('fall back to the address list alone when PowerShell is missing or prints no JSON', async () => {
    expect(await readLinks('win32', fakeRunner({}))).toEqual({ links: null, failure: null });
    const garbage = fakeRunner({ [keyOf(powershellCommand(NET_ADAPTER.script, 5000))]: 'Get-NetAdapter : Zugriff verweigert' });
    expect(await readLinks('win32', garbage)).toEqual({ links: null, failure: null });
  });
});

describe('NRPT rules', () => {
  it('say unknown servers (null) when the rule lists values that are no addresses, and skip rules without a namespace', () => {
    expect(parseNrptPolicy('[{"Namespace":".corp","NameServers":["dc01.corp"]},{"NameServers":["10.0.0.1"]}]')).toEqual([{ namespaces: ['.corp'], nameServers: null, directAccess: null }]);
  });
});
