import { describe, expect, it } from 'vitest';
import {
  isWanMiniport,
  productFromDescription,
  productFromInterfaceName,
  productFromServiceType,
  productFromTunnelType,
} from '../../../../diagnostics/platform/vpn/products.js';

describe('product recognition', () => {
  it.each([
    ['Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64', 'cisco-secure-client'],
    ['Cisco Secure Client Virtual Miniport Adapter for Windows x64', 'cisco-secure-client'],
    ['PANGP Virtual Ethernet Adapter', 'globalprotect'],
    ['PANGP Virtual Ethernet Adapter Secure #2', 'globalprotect'],
    ['Fortinet SSL VPN Virtual Ethernet Adapter', 'forticlient'],
    ['Juniper Networks Virtual Adapter', 'ivanti-pulse'],
    ['Pulse Secure Virtual Adapter', 'ivanti-pulse'],
    ['Ivanti Secure Access Virtual Adapter', 'ivanti-pulse'],
    ['Zscaler Network Adapter 1.0.2.0', 'zscaler'],
    ['WireGuard Tunnel', 'wireguard'],
    ['TAP-Windows Adapter V9', 'openvpn'],
    ['Wintun Userspace Tunnel', 'openvpn'],
    ['WAN Miniport (IKEv2)', 'builtin-ikev2'],
    ['WAN Miniport (L2TP)', 'builtin-l2tp'],
    ['WAN Miniport (SSTP)', 'builtin-sstp'],
  ] as const)('Windows adapter %s is %s', (description, product) => {
    expect(productFromDescription(description)).toBe(product);
  });
  it('leaves ordinary adapters unnamed', () => {
    for (const d of ['Intel(R) Wi-Fi 6 AX201 160MHz', 'Realtek PCIe GbE Family Controller', 'WAN Miniport (IP)', 'Microsoft Teredo Tunneling Adapter']) {
      expect(productFromDescription(d)).toBeNull();
    }
  });
  it('knows the WAN Miniports every Windows has', () => {
    expect(isWanMiniport('WAN Miniport (IKEv2)')).toBe(true);
    expect(isWanMiniport('Cisco AnyConnect Secure Mobility Client Virtual Miniport Adapter for Windows x64')).toBe(false);
  });
  it('reads macOS service types', () => {
    expect(productFromServiceType('VPN:com.paloaltonetworks.GlobalProtect.client.extension')).toBe('globalprotect');
    expect(productFromServiceType('VPN:com.cisco.anyconnect.macos.acsockext')).toBe('cisco-secure-client');
    expect(productFromServiceType('VPN:net.pulsesecure.PulseSecure.PulseSecureVPN')).toBe('ivanti-pulse');
    expect(productFromServiceType('VPN:com.zscaler.ZscalerTunnel')).toBe('zscaler');
    expect(productFromServiceType('VPN:org.openvpn.client.OpenVPNAdapterProvider')).toBe('openvpn');
    expect(productFromServiceType('VPN:io.tailscale.ipn.macsys')).toBe('tailscale');
    expect(productFromServiceType('IPSec')).toBe('builtin-ipsec');
  });
  it('reads Windows tunnel types and Linux interface names', () => {
    expect(['Ikev2', 'L2tp', 'Sstp', 'Pptp', 'Automatic', null].map(productFromTunnelType)).toEqual([
      'builtin-ikev2',
      'builtin-l2tp',
      'builtin-sstp',
      'unknown-tunnel',
      'unknown-tunnel',
      'unknown-tunnel',
    ]);
    expect(['cscotun0', 'gpd0', 'zcctun0', 'wg-corp', 'tun0', 'tap1', 'ppp0', 'eth0'].map(productFromInterfaceName)).toEqual([
      'cisco-secure-client',
      'globalprotect',
      'zscaler',
      'wireguard',
      'openvpn',
      'openvpn',
      null,
      null,
    ]);
  });
});
