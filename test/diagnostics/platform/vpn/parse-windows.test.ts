import { describe, expect, it } from 'vitest';
import { parseIpconfigAll } from '../../../../diagnostics/platform/vpn/parse-ipconfig.js';
import { parseNetAdapterJson } from '../../../../diagnostics/platform/vpn/parse-net-adapter.js';
import { parseNetIpAddressJson } from '../../../../diagnostics/platform/vpn/parse-net-ip-address.js';
import { parseVpnConnectionJson } from '../../../../diagnostics/platform/vpn/parse-vpn-connection.js';
import { tunnelsFromIpconfig, tunnelsFromNetAdapters } from '../../../../diagnostics/platform/vpn/read-vpn-windows.js';
import { fixture } from './fake-runner.js';

const adapters = (name: string) => parseNetAdapterJson(fixture(name)) ?? [];
const addresses = parseNetIpAddressJson(fixture('win-netipaddress.json'));
const ipconfig = (name: string) => parseIpconfigAll(fixture(name, 'latin1'));

describe('Get-NetAdapter JSON', () => {
  it('reads every row with name, description, status and index', () => {
    const rows = adapters('win-netadapter-anyconnect-up.json');
    expect(rows).toHaveLength(10);
    expect(rows[2]).toEqual({
      name: 'Ethernet 3',
      description: 'Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64',
      status: 'Up',
      ifIndex: 23,
    });
  });
  it('finds a connected AnyConnect adapter with its addresses, and skips the WAN Miniports', () => {
    expect(tunnelsFromNetAdapters(adapters('win-netadapter-anyconnect-up.json'), addresses)).toEqual([
      {
        interface: 'Ethernet 3',
        description: 'Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64',
        product: 'cisco-secure-client',
        connected: true,
        addresses: ['fe80::8d4c:1e2a:5b3f:9a10', '198.18.12.34'],
      },
    ]);
  });
  it('finds an installed but disconnected GlobalProtect adapter', () => {
    expect(tunnelsFromNetAdapters(adapters('win-netadapter-globalprotect-disconnected.json'), addresses)).toEqual([
      { interface: 'Ethernet 2', description: 'PANGP Virtual Ethernet Adapter Secure', product: 'globalprotect', connected: false, addresses: [] },
    ]);
  });
  it('tells the FortiClient SSL adapter (up) from its IPsec adapter (down) and ignores ghost adapters', () => {
    const t = tunnelsFromNetAdapters(adapters('win-netadapter-forticlient.json'), addresses);
    expect(t.map((x) => [x.interface, x.product, x.connected, x.addresses])).toEqual([
      ['Ethernet 4', 'forticlient', true, ['198.18.64.10']],
      ['Ethernet 5', 'forticlient', false, []],
    ]);
  });
  it('finds a WireGuard tunnel named after its configuration', () => {
    expect(tunnelsFromNetAdapters(adapters('win-netadapter-wireguard.json'), addresses)).toEqual([
      { interface: 'corp', description: 'WireGuard Tunnel', product: 'wireguard', connected: true, addresses: ['198.18.200.2'] },
    ]);
  });
  it('finds nothing on a machine without a VPN client', () => {
    expect(tunnelsFromNetAdapters(adapters('win-netadapter-none.json'), addresses)).toEqual([]);
  });
  it('says "not JSON" (null) apart from "no adapters" ([])', () => {
    expect(parseNetAdapterJson("Get-NetAdapter : The term 'Get-NetAdapter' is not recognized")).toBeNull();
    expect(parseNetAdapterJson('')).toEqual([]);
  });
});

describe('Get-VpnConnection JSON', () => {
  it('reads one connected IKEv2 connection printed as a bare object', () => {
    expect(parseVpnConnectionJson(fixture('win-vpnconnection-ikev2-connected.json'))).toEqual([
      { name: 'Corp IKEv2', server: 'vpn.example.com', tunnelType: 'Ikev2', connected: true, product: 'builtin-ikev2' },
    ]);
  });
  it('reads several disconnected connections', () => {
    expect(parseVpnConnectionJson(fixture('win-vpnconnection-two.json')).map((b) => [b.name, b.product, b.connected])).toEqual([
      ['Corp IKEv2', 'builtin-ikev2', false],
      ['Branch SSTP', 'builtin-sstp', false],
    ]);
  });
  it('reads empty output as no built-in VPN', () => {
    expect(parseVpnConnectionJson(fixture('win-vpnconnection-empty.txt'))).toEqual([]);
  });
});

describe('ipconfig /all by structure', () => {
  it('reads English: AnyConnect connected, with IPv4, IPv6 and link-local addresses', () => {
    const all = ipconfig('win-en-ipconfig-anyconnect-connected.txt');
    expect(all.map((a) => a.name)).toEqual(['Ethernet 3', 'Ethernet', 'WLAN']);
    expect(all[1]?.mediaDisconnected).toBe(true);
    expect(tunnelsFromIpconfig(all)).toEqual([
      {
        interface: 'Ethernet 3',
        description: 'Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64',
        product: 'cisco-secure-client',
        connected: true,
        addresses: ['2001:db8:10:20::1e', 'fe80::8d4c:1e2a:5b3f:9a10', '198.18.12.34'],
      },
    ]);
  });
  it('reads English: AnyConnect present but "Media disconnected"', () => {
    expect(tunnelsFromIpconfig(ipconfig('win-en-ipconfig-anyconnect-disconnected.txt'))).toEqual([
      {
        interface: 'Ethernet 3',
        description: 'Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64',
        product: 'cisco-secure-client',
        connected: false,
        addresses: [],
      },
    ]);
  });
  it('reads a PPP adapter (a connected built-in VPN) as a tunnel named after the connection', () => {
    expect(tunnelsFromIpconfig(ipconfig('win-en-ipconfig-ppp-ikev2.txt'))).toEqual([
      { interface: 'Corp IKEv2', description: 'Corp IKEv2', product: 'unknown-tunnel', connected: true, addresses: ['198.18.80.5'] },
    ]);
  });
  it('reads German: "Beschreibung", "Medium getrennt", "IPv4-Adresse … (Bevorzugt)"', () => {
    const up = ipconfig('win-de-ipconfig-globalprotect-connected.txt');
    expect(up.map((a) => a.name)).toEqual(['Ethernet', 'Ethernet 2', 'WLAN']);
    expect(tunnelsFromIpconfig(up)).toEqual([
      {
        interface: 'Ethernet 2',
        description: 'PANGP Virtual Ethernet Adapter Secure',
        product: 'globalprotect',
        connected: true,
        addresses: ['fe80::1c2b:77aa:9e01:5d3c', '198.18.40.7'],
      },
    ]);
    const down = tunnelsFromIpconfig(ipconfig('win-de-ipconfig-globalprotect-disconnected.txt'));
    expect(down.map((t) => [t.interface, t.product, t.connected])).toEqual([['Ethernet 2', 'globalprotect', false]]);
  });
  it('reads Swedish through the OEM code page: "Beskrivning", "Mediet fr?nkopplat", "Tr?dl?st n?tverkskort"', () => {
    const up = ipconfig('win-sv-ipconfig-forticlient-connected.txt');
    expect(up.map((a) => a.name)).toEqual(['Ethernet 4', 'Wi-Fi']);
    expect(up[1]?.description).toBe('Intel(R) Wi-Fi 6 AX201 160MHz');
    expect(tunnelsFromIpconfig(up)).toEqual([
      {
        interface: 'Ethernet 4',
        description: 'Fortinet SSL VPN Virtual Ethernet Adapter',
        product: 'forticlient',
        connected: true,
        addresses: ['fe80::b41e:2d7c:90aa:4f12', '198.18.64.10'],
      },
    ]);
    const down = ipconfig('win-sv-ipconfig-forticlient-disconnected.txt');
    expect(down[0]?.mediaDisconnected).toBe(true);
    expect(tunnelsFromIpconfig(down).map((t) => t.connected)).toEqual([false]);
  });
});
