import { describe, expect, it } from 'vitest';
import {
  ifconfigCommand,
  ipAddrCommand,
  ipconfigAllCommand,
  netAdapterCommand,
  netIpAddressCommand,
  nmcliActiveCommand,
  scutilNcListCommand,
  vpnConnectionCommand,
} from '../../../../diagnostics/platform/vpn/command.js';
import { readVpnFacts } from '../../../../diagnostics/platform/vpn/read-vpn-facts.js';
import { fakeRunner, fixture, keyOf } from './fake-runner.js';

describe('readVpnFacts on Windows', () => {
  it('combines Get-NetAdapter, Get-NetIPAddress and a connected IKEv2 connection', async () => {
    const run = fakeRunner({
      [keyOf(netAdapterCommand)]: fixture('win-netadapter-globalprotect-disconnected.json'),
      [keyOf(vpnConnectionCommand)]: fixture('win-vpnconnection-ikev2-connected.json'),
      [keyOf(netIpAddressCommand)]: fixture('win-netipaddress.json'),
    });
    const facts = await readVpnFacts({ os: 'win32', run });
    expect(facts.tunnels).toEqual([
      { interface: 'Ethernet 2', description: 'PANGP Virtual Ethernet Adapter Secure', product: 'globalprotect', connected: false, addresses: [] },
      { interface: 'Corp IKEv2', description: null, product: 'builtin-ikev2', connected: true, addresses: ['198.18.80.5'] },
    ]);
    expect(facts.builtIn).toEqual([{ name: 'Corp IKEv2', server: 'vpn.example.com', tunnelType: 'Ikev2', connected: true, product: 'builtin-ikev2' }]);
    expect(facts.notes).toEqual([]);
    // ipconfig is only the fallback.
    expect(run.asked).not.toContain(keyOf(ipconfigAllCommand));
  });
  it('reads empty Get-VpnConnection output as no built-in VPN', async () => {
    const run = fakeRunner({
      [keyOf(netAdapterCommand)]: fixture('win-netadapter-anyconnect-up.json'),
      [keyOf(vpnConnectionCommand)]: fixture('win-vpnconnection-empty.txt'),
      [keyOf(netIpAddressCommand)]: fixture('win-netipaddress.json'),
    });
    const facts = await readVpnFacts({ os: 'win32', run });
    expect(facts.builtIn).toEqual([]);
    expect(facts.tunnels.map((t) => [t.interface, t.product, t.connected])).toEqual([['Ethernet 3', 'cisco-secure-client', true]]);
  });
  it('falls back to ipconfig /all (German) when PowerShell is blocked, and says so', async () => {
    const blocked = { exitCode: 1, stderr: 'Die Ausführung von Skripts ist auf diesem System deaktiviert.' };
    const run = fakeRunner({
      [keyOf(netAdapterCommand)]: blocked,
      [keyOf(vpnConnectionCommand)]: blocked,
      [keyOf(netIpAddressCommand)]: blocked,
      [keyOf(ipconfigAllCommand)]: fixture('win-de-ipconfig-globalprotect-connected.txt', 'latin1'),
    });
    const facts = await readVpnFacts({ os: 'win32', run });
    expect(facts.tunnels.map((t) => [t.interface, t.product, t.connected, t.addresses])).toEqual([
      ['Ethernet 2', 'globalprotect', true, ['fe80::1c2b:77aa:9e01:5d3c', '198.18.40.7']],
    ]);
    expect(facts.builtIn).toEqual([]);
    expect(facts.notes).toHaveLength(2);
    expect(facts.notes[0]).toMatch(/^built-in VPN connections not read: .*Get-VpnConnection.* failed \(exit 1\)/);
    expect(facts.notes[1]).toMatch(/^Get-NetAdapter gave nothing usable .*; read ipconfig \/all instead$/);
  });
  it('returns empty facts with notes when nothing can run', async () => {
    const facts = await readVpnFacts({ os: 'win32', run: fakeRunner({}) });
    expect(facts.tunnels).toEqual([]);
    expect(facts.builtIn).toEqual([]);
    expect(facts.notes.length).toBe(3);
    expect(facts.notes.every((n) => n.includes('could not be started'))).toBe(true);
  });
});

describe('readVpnFacts on macOS', () => {
  it('names the live utun after the one connected service', async () => {
    const run = fakeRunner({
      [keyOf(scutilNcListCommand)]: fixture('mac-scutil-nc-third-party.txt'),
      [keyOf(ifconfigCommand)]: fixture('mac-ifconfig-utun.txt'),
    });
    const facts = await readVpnFacts({ os: 'darwin', run });
    expect(facts.tunnels.map((t) => [t.interface, t.product, t.connected])).toEqual([['utun4', 'cisco-secure-client', true]]);
    expect(facts.builtIn.filter((b) => b.connected).map((b) => b.name)).toEqual(['Cisco Secure Client - AnyConnect VPN']);
    expect(facts.notes).toEqual([]);
  });
  it('reports a disconnected machine as no tunnel and all services down', async () => {
    const run = fakeRunner({
      [keyOf(scutilNcListCommand)]: fixture('mac-scutil-nc-disconnected.txt'),
      [keyOf(ifconfigCommand)]: fixture('mac-ifconfig-none.txt'),
    });
    const facts = await readVpnFacts({ os: 'darwin', run });
    expect(facts.tunnels).toEqual([]);
    expect(facts.builtIn.some((b) => b.connected)).toBe(false);
    expect(facts.builtIn).toHaveLength(3);
  });
});

describe('readVpnFacts on Linux', () => {
  it('reads tun0 and the active NetworkManager VPN', async () => {
    const run = fakeRunner({
      [keyOf(ipAddrCommand)]: fixture('linux-ip-addr-openvpn.json'),
      [keyOf(nmcliActiveCommand)]: fixture('linux-nmcli-active-vpn.txt'),
    });
    const facts = await readVpnFacts({ os: 'linux', run });
    expect(facts).toEqual({
      tunnels: [{ interface: 'tun0', description: 'tun', product: 'openvpn', connected: true, addresses: ['198.18.12.34', 'fe80::6b2f:1c4e:9a3d:7e85'] }],
      builtIn: [{ name: 'Corp VPN', server: null, tunnelType: 'vpn', connected: true, product: 'unknown-tunnel' }],
      notes: [],
    });
  });
  it('notes a missing nmcli and still reads the interfaces', async () => {
    const run = fakeRunner({ [keyOf(ipAddrCommand)]: fixture('linux-ip-addr-wireguard.json') });
    const facts = await readVpnFacts({ os: 'linux', run });
    expect(facts.tunnels.map((t) => [t.interface, t.product])).toEqual([
      ['wg0', 'wireguard'],
      ['Corp', 'wireguard'],
    ]);
    expect(facts.builtIn).toEqual([]);
    expect(facts.notes).toEqual(['NetworkManager connections not read: nmcli could not be started (spawn nmcli ENOENT)']);
  });
  it('finds nothing and notes nothing on a plain machine', async () => {
    const run = fakeRunner({ [keyOf(ipAddrCommand)]: fixture('linux-ip-addr-none.json'), [keyOf(nmcliActiveCommand)]: '' });
    expect(await readVpnFacts({ os: 'linux', run })).toEqual({ tunnels: [], builtIn: [], notes: [] });
  });
});
