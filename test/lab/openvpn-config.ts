import { CORP_ADDR, CORP_NAMES, CORP_NET, CORP_PORT } from './addresses.js';

// OpenVPN configuration text for the company lab: a TLS-mode server on the gateway's public
// address (TCP 443, as companies run it to get through hotel firewalls) and a client on the
// home computer. Split tunnel: the server pushes only the company LAN's route. OpenVPN 2.6 sets
// addresses and routes itself over netlink, so no up/down scripts run; the lab writes the
// client's resolv.conf the way update-resolv-conf would.

/** The tunnel device on both ends (the engine finds tunnels by `tun*` names). */
export const TUN_DEVICE = 'tun0';

/** The client certificate's common name, which the server's client-config-dir keys on. */
export const VPN_CLIENT_CN = 'homeline-lab-client';

/** Certificate files an OpenVPN end needs. */
export interface VpnTlsFiles {
  readonly caPath: string;
  readonly certPath: string;
  readonly keyPath: string;
}

/** Where one OpenVPN process keeps its pid and log. */
export interface VpnProcessFiles {
  readonly pidFile: string;
  readonly logFile: string;
}

function netmaskOf(cidr: string): { network: string; mask: string } {
  const [network = '', bits = '32'] = cidr.split('/');
  const n = Number(bits);
  const mask = [0, 1, 2, 3].map((i) => (0xff << (8 - Math.min(8, Math.max(0, n - i * 8)))) & 0xff).join('.');
  return { network, mask };
}

function common(tls: VpnTlsFiles, proc: VpnProcessFiles): string[] {
  return [
    `dev ${TUN_DEVICE}`,
    'dev-type tun',
    `ca ${tls.caPath}`,
    `cert ${tls.certPath}`,
    `key ${tls.keyPath}`,
    'tls-version-min 1.2',
    // Interactive traffic (pings, TLS handshakes) must not wait for Nagle.
    'tcp-nodelay',
    'verb 3',
    'daemon',
    `writepid ${proc.pidFile}`,
    `log ${proc.logFile}`,
  ];
}

/** The gateway's server config: TLS mode, TCP 443 on 203.0.113.100, tunnel 198.18.99.0/24, the LAN pushed. */
export function vpnServerConfig(tls: VpnTlsFiles, proc: VpnProcessFiles, ccdDir: string): string {
  const tunnel = netmaskOf(CORP_NET.tunnel);
  const lan = netmaskOf(CORP_NET.lan);
  return [
    '# Homeline lab: the company VPN gateway',
    'proto tcp-server',
    `local ${CORP_ADDR.vpnGateway}`,
    `port ${CORP_PORT.vpn}`,
    'topology subnet',
    // The server takes .1; the one client gets .2 from its client-config-dir file, never a pool address.
    `server ${tunnel.network} ${tunnel.mask} nopool`,
    `client-config-dir ${ccdDir}`,
    'ccd-exclusive',
    `push "route ${lan.network} ${lan.mask}"`,
    `push "dhcp-option DNS ${CORP_ADDR.resolver}"`,
    `push "dhcp-option DOMAIN ${CORP_NAMES.domain}"`,
    'dh none',
    'keepalive 10 60',
    ...common(tls, proc),
    '',
  ].join('\n');
}

/** The client-config-dir entry that gives the lab's client its fixed tunnel address. */
export function vpnClientCcd(): string {
  return `ifconfig-push ${CORP_ADDR.tunnelClient} ${netmaskOf(CORP_NET.tunnel).mask}\n`;
}

/** The home computer's client config: connect to 203.0.113.100:443, accept the pushed route. */
export function vpnClientConfig(tls: VpnTlsFiles, proc: VpnProcessFiles): string {
  return [
    '# Homeline lab: the home computer\'s VPN client',
    'client',
    'proto tcp-client',
    `remote ${CORP_ADDR.vpnGateway} ${CORP_PORT.vpn}`,
    'nobind',
    'remote-cert-tls server',
    `verify-x509-name ${CORP_NAMES.vpnGateway} name`,
    // Retry fast: the lab waits for the tunnel and a slow first retry would stall every scenario.
    'connect-retry 1 1',
    'server-poll-timeout 5',
    ...common(tls, proc),
    '',
  ].join('\n');
}
