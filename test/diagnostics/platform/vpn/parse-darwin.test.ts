import { describe, expect, it } from 'vitest';
import { parseIfconfig } from '../../../../diagnostics/platform/vpn/parse-ifconfig.js';
import { parseScutilNcList } from '../../../../diagnostics/platform/vpn/parse-scutil-nc.js';
import { builtInFromScutil, tunnelsFromIfconfig } from '../../../../diagnostics/platform/vpn/read-vpn-darwin.js';
import { fixture } from './fake-runner.js';

const services = (name: string) => builtInFromScutil(parseScutilNcList(fixture(name)));

describe('scutil --nc list', () => {
  it('reads a connected IPSec service and a disconnected L2TP one', () => {
    expect(parseScutilNcList(fixture('mac-scutil-nc-ipsec-connected.txt'))).toEqual([
      { enabled: true, status: 'Connected', id: '6F1B2A3C-4D5E-4F60-8A71-92B3C4D5E6F7', name: 'Corp VPN', type: 'IPSec' },
      { enabled: true, status: 'Disconnected', id: 'A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D', name: 'Corp L2TP', type: 'PPP:L2TP' },
    ]);
    expect(services('mac-scutil-nc-ipsec-connected.txt')).toEqual([
      { name: 'Corp VPN', server: null, tunnelType: 'IPSec', connected: true, product: 'builtin-ipsec' },
      { name: 'Corp L2TP', server: null, tunnelType: 'PPP:L2TP', connected: false, product: 'builtin-l2tp' },
    ]);
  });
  it('reads disconnected and disabled (Invalid) services', () => {
    const s = parseScutilNcList(fixture('mac-scutil-nc-disconnected.txt'));
    expect(s.map((x) => [x.name, x.enabled, x.status])).toEqual([
      ['Corp VPN', true, 'Disconnected'],
      ['Corp IKEv2', true, 'Disconnected'],
      ['Old L2TP', false, 'Invalid'],
    ]);
    expect(services('mac-scutil-nc-disconnected.txt').map((b) => [b.product, b.connected])).toEqual([
      ['builtin-ipsec', false],
      ['builtin-ikev2', false],
      ['builtin-l2tp', false],
    ]);
  });
  it('names third-party clients by their bundle id, even when the display name overflows its column', () => {
    expect(services('mac-scutil-nc-third-party.txt').map((b) => [b.name, b.product, b.connected])).toEqual([
      ['Cisco Secure Client - AnyConnect VPN', 'cisco-secure-client', true],
      ['GlobalProtect', 'globalprotect', false],
      ['FortiClient', 'forticlient', false],
      ['wg-home', 'wireguard', false],
    ]);
  });
});

describe('ifconfig', () => {
  it('reads flags and addresses per interface', () => {
    const all = parseIfconfig(fixture('mac-ifconfig-utun.txt'));
    expect(all.map((i) => i.name)).toEqual(['lo0', 'gif0', 'stf0', 'anpi0', 'en0', 'awdl0', 'utun0', 'utun1', 'utun2', 'utun4']);
    expect(all.find((i) => i.name === 'en0')).toEqual({
      name: 'en0',
      flags: ['UP', 'BROADCAST', 'SMART', 'RUNNING', 'SIMPLEX', 'MULTICAST'],
      ipv4: ['192.0.2.23'],
      ipv6: ['fe80::1c8a:2f3b:4d5e:6f70'],
    });
    expect(all.find((i) => i.name === 'stf0')?.flags).toEqual([]);
  });
  it('takes a utun with an IPv4 address as the live tunnel of the one connected service', () => {
    const tunnels = tunnelsFromIfconfig(parseIfconfig(fixture('mac-ifconfig-utun.txt')), services('mac-scutil-nc-third-party.txt'));
    expect(tunnels).toEqual([
      {
        interface: 'utun4',
        description: null,
        product: 'cisco-secure-client',
        connected: true,
        addresses: ['198.18.12.34', 'fe80::3c2d:1e0f:a9b8:c7d6', '2001:db8:10:20::1e'],
      },
    ]);
  });
  it('leaves the system utuns (link-local only) out', () => {
    expect(tunnelsFromIfconfig(parseIfconfig(fixture('mac-ifconfig-none.txt')), services('mac-scutil-nc-disconnected.txt'))).toEqual([]);
  });
  it('reads ipsec0 as the connected IPSec service', () => {
    expect(tunnelsFromIfconfig(parseIfconfig(fixture('mac-ifconfig-ipsec.txt')), services('mac-scutil-nc-ipsec-connected.txt'))).toEqual([
      { interface: 'ipsec0', description: null, product: 'builtin-ipsec', connected: true, addresses: ['198.18.80.5'] },
    ]);
  });
});
