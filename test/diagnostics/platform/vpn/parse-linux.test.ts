import { describe, expect, it } from 'vitest';
import { parseIpAddrJson } from '../../../../diagnostics/platform/vpn/parse-ip-addr.js';
import { parseNmcliActive } from '../../../../diagnostics/platform/vpn/parse-nmcli-active.js';
import { builtInFromNmcli, tunnelsFromLinks } from '../../../../diagnostics/platform/vpn/read-vpn-linux.js';
import { fixture } from './fake-runner.js';

const links = (name: string) => parseIpAddrJson(fixture(name));

describe('ip -d -j addr show', () => {
  it('reads links with state, flags, kind and addresses', () => {
    const all = links('linux-ip-addr-openvpn.json');
    expect(all.map((l) => l.name)).toEqual(['lo', 'enp0s31f6', 'wlp2s0', 'tun0']);
    expect(all[3]).toEqual({
      name: 'tun0',
      operstate: 'UNKNOWN',
      flags: ['POINTOPOINT', 'MULTICAST', 'NOARP', 'UP', 'LOWER_UP'],
      linkType: 'none',
      kind: 'tun',
      master: null,
      addresses: ['198.18.12.34', 'fe80::6b2f:1c4e:9a3d:7e85'],
    });
  });
  it('finds a working OpenVPN tun0', () => {
    expect(tunnelsFromLinks(links('linux-ip-addr-openvpn.json'), [])).toEqual([
      { interface: 'tun0', description: 'tun', product: 'openvpn', connected: true, addresses: ['198.18.12.34', 'fe80::6b2f:1c4e:9a3d:7e85'] },
    ]);
  });
  it('finds wg0 by name and a NetworkManager WireGuard link by its kind', () => {
    expect(tunnelsFromLinks(links('linux-ip-addr-wireguard.json'), [])).toEqual([
      { interface: 'wg0', description: 'wireguard', product: 'wireguard', connected: true, addresses: ['198.18.200.2'] },
      { interface: 'Corp', description: 'wireguard', product: 'wireguard', connected: true, addresses: ['198.18.201.2'] },
    ]);
  });
  it('finds no tunnel on a machine with a bridge and a VM tap', () => {
    expect(tunnelsFromLinks(links('linux-ip-addr-none.json'), [])).toEqual([]);
  });
  it('reads a tun without carrier (client not running) as present but not connected', () => {
    expect(tunnelsFromLinks(links('linux-ip-addr-tun-down.json'), []).map((t) => [t.interface, t.connected])).toEqual([['tun0', false]]);
  });
  it('works without -d details too (no linkinfo)', () => {
    const plain = JSON.stringify([{ ifname: 'Corp', flags: ['POINTOPOINT', 'NOARP', 'UP', 'LOWER_UP'], operstate: 'UNKNOWN', link_type: 'none', addr_info: [] }]);
    const nm = parseNmcliActive('Corp:wireguard:Corp:activated\n');
    expect(tunnelsFromLinks(parseIpAddrJson(plain), nm)).toEqual([
      { interface: 'Corp', description: null, product: 'wireguard', connected: true, addresses: [] },
    ]);
  });
});

describe('nmcli -t active connections', () => {
  it('reads fields and unescapes colons', () => {
    expect(parseNmcliActive(fixture('linux-nmcli-active-vpn.txt'))).toEqual([
      { name: 'Corp VPN', type: 'vpn', device: 'wlp2s0', state: 'activated' },
      { name: 'Home: 5 GHz', type: '802-11-wireless', device: 'wlp2s0', state: 'activated' },
      { name: 'tun0', type: 'tun', device: 'tun0', state: 'activated' },
      { name: 'lo', type: 'loopback', device: 'lo', state: 'activated' },
    ]);
  });
  it('keeps only VPN and WireGuard connections as OS-managed VPNs', () => {
    expect(builtInFromNmcli(parseNmcliActive(fixture('linux-nmcli-active-vpn.txt')))).toEqual([
      { name: 'Corp VPN', server: null, tunnelType: 'vpn', connected: true, product: 'unknown-tunnel' },
    ]);
    expect(builtInFromNmcli(parseNmcliActive(fixture('linux-nmcli-active-wireguard.txt')))).toEqual([
      { name: 'Corp', server: null, tunnelType: 'wireguard', connected: true, product: 'wireguard' },
    ]);
  });
});
