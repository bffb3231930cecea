import { describe, expect, it } from 'vitest';
import { homeVpnFromName, isHomeVpn, productFromDescription, productFromInterfaceName, productFromServiceType } from '../../../../diagnostics/platform/vpn/products.js';
import { tunnelsFromIpconfig } from '../../../../diagnostics/platform/vpn/read-vpn-windows.js';
import { parseIpconfigAll } from '../../../../diagnostics/platform/vpn/parse-ipconfig.js';
import { isTunnelInterface } from '../../../../diagnostics/probes/vpn-internal.js';

// Names as the apps create them (documented adapter descriptions, bundle ids and interface names).
describe('private tunnels people run at home', () => {
  it('are named on Windows by adapter description and alias', () => {
    expect(productFromDescription('Tailscale Tunnel')).toBe('tailscale');
    expect(productFromDescription('NordLynx Tunnel')).toBe('nordvpn');
    expect(productFromDescription('TAP-NordVPN Windows Adapter V9')).toBe('nordvpn');
    expect(productFromDescription('Cloudflare WARP Interface Tunnel')).toBe('cloudflare-warp');
    expect(productFromDescription('Zscaler Network Adapter 1.0.2.0')).toBe('zscaler');
    expect(productFromDescription('TAP-ProtonVPN Windows Adapter V9')).toBe('protonvpn');
    expect(homeVpnFromName('Mullvad')).toBe('mullvad');
    expect(homeVpnFromName('Ethernet 3')).toBeNull();
  });
  it('are named on macOS by service type and on Linux by interface name', () => {
    expect(productFromServiceType('VPN:com.nordvpn.macos.NordVPNNetworkExtension')).toBe('nordvpn');
    expect(productFromServiceType('VPN:com.cloudflare.1dot1dot1dot1.macos')).toBe('cloudflare-warp');
    expect(productFromServiceType('VPN:net.mullvad.MullvadVPN')).toBe('mullvad');
    expect(productFromServiceType('VPN:ch.protonvpn.mac.WireGuard-Extension')).toBe('protonvpn');
    expect(['tailscale0', 'nordlynx', 'CloudflareWARP', 'wg0-mullvad', 'proton0', 'wg0'].map(productFromInterfaceName)).toEqual([
      'tailscale',
      'nordvpn',
      'cloudflare-warp',
      'mullvad',
      'protonvpn',
      'wireguard',
    ]);
  });
  it('are told apart from the company clients', () => {
    expect(['tailscale', 'nordvpn', 'cloudflare-warp', 'mullvad', 'protonvpn'].every((p) => isHomeVpn(p as never))).toBe(true);
    expect(['zscaler', 'globalprotect', 'cisco-secure-client', 'wireguard', 'unknown-tunnel'].some((p) => isHomeVpn(p as never))).toBe(false);
  });
  it('an ipconfig block named "Tailscale" over a generic WireGuard description is Tailscale (written fixture)', () => {
    const text = [
      'Unknown adapter Tailscale:',
      '',
      '   Connection-specific DNS Suffix  . : tail1234.ts.net',
      '   Description . . . . . . . . . . . : WireGuard Tunnel',
      '   IPv4 Address. . . . . . . . . . . : 100.101.102.103(Preferred)',
    ].join('\r\n');
    const [t] = tunnelsFromIpconfig(parseIpconfigAll(text));
    expect(t).toMatchObject({ interface: 'Tailscale', product: 'tailscale', connected: true, addresses: ['100.101.102.103'] });
    // A route into the private tunnel is not a route into the company VPN.
    expect(isTunnelInterface('Tailscale', { tunnels: [t!] })).toBe(false);
  });
});

describe('a macOS utun owned by a private tunnel (written sample)', () => {
  it('is named by the address range that only that service uses', async () => {
    const { tunnelsFromIfconfig } = await import('../../../../diagnostics/platform/vpn/read-vpn-darwin.js');
    const { parseIfconfig } = await import('../../../../diagnostics/platform/vpn/parse-ifconfig.js');
    const text = [
      'utun4: flags=8051<UP,POINTOPOINT,RUNNING,MULTICAST> mtu 1280',
      '\tinet 100.101.102.103 --> 100.101.102.103 netmask 0xffffffff',
      '\tinet6 fd7a:115c:a1e0::6d01:6667 prefixlen 48',
      'utun5: flags=8051<UP,POINTOPOINT,RUNNING,MULTICAST> mtu 1400',
      '\tinet 10.8.0.6 --> 10.8.0.5 netmask 0xffffffff',
    ].join('\n');
    const builtIn = [
      { name: 'Tailscale', server: null, tunnelType: 'VPN:io.tailscale.ipn.macsys', connected: true, product: 'tailscale' as const },
      { name: 'Corp', server: null, tunnelType: 'VPN:org.openvpn.client', connected: true, product: 'openvpn' as const },
    ];
    const tunnels = tunnelsFromIfconfig(parseIfconfig(text), builtIn);
    expect(tunnels.map((t) => [t.interface, t.product])).toEqual([
      ['utun4', 'tailscale'],
      ['utun5', 'unknown-tunnel'],
    ]);
  });
});
