import type { TunnelTransportFact } from '../../platform/vpn/openvpn-transport.js';
import type { VpnTunnel } from '../../platform/vpn/types.js';
import { isBeyond, type MediaServerCheck } from '../../probes/media-path.js';
import type { Evidence } from '../evidence.js';
import type { EvidenceLine } from '../finding-draft.js';
import { label, network16, silentTcpOpen, type UdpOwner } from './media-owner.js';
import { mediaTunnel, tunnelOwning } from './media-tunnel.js';

// The company's share of a bad UDP path while its VPN tunnel is up. Two situations give proof:
// - Through the tunnel (the test's own local address is the tunnel's): the home router and the
//   provider carry only the tunnel's encrypted packets, whatever its transport, and cannot let
//   the TCP inside through while dropping the UDP inside. When UDP through the tunnel gets no
//   answer while TCP to the same server and port, through the same tunnel, opens — towards at
//   least two servers in different /16 networks, or towards the Citrix Gateway — what drops UDP
//   is on the company's side of the tunnel (its VPN gateway, firewall or network): `vpn`.
// - Beside the tunnel, for Citrix EDT: the tunnel itself runs over UDP to port 443 (its transport
//   read from a structured source, platform/vpn/read-openvpn-linux.ts) and passes traffic now
//   (a company host answered through it), so the home router and the provider carry UDP 443. If
//   the Gateway then stays silent on UDP 443 while its TCP 443 opens, EDT stops on the company's
//   side: `citrix`. Stated assumption: home routers and providers filter by protocol and port,
//   not by one far destination.
// Loss is never attributed this way (a tunnel over UDP passes the home's and the provider's loss
// on; over TCP the tunnel's own queues on this computer can drop), and a tunnel of unknown
// transport proves nothing for the Gateway beside it: such findings keep `unknown` with lines
// saying which tunnel was used and what it runs over.

/** What a structured source told about the tunnel's transport, or null. */
export function transportOf(e: Evidence, iface: string): TunnelTransportFact | null {
  return (e.vpnClient?.transports ?? []).find((t) => t.interface === iface) ?? null;
}

/** "tun0 (OpenVPN over UDP to vpn.example:1194)" as an evidence line; `@` keys are translated. */
export function tunnelLine(e: Evidence, tunnel: VpnTunnel, what: string): EvidenceLine {
  const t = transportOf(e, tunnel.interface);
  const transport = t === null || t.transport === 'unknown' ? '@mediaVpn.transport.unknown' : `@mediaVpn.transport.${t.transport}`;
  const remote = t?.remote ? `${t.remote.host}${t.remote.port === null ? '' : `:${t.remote.port}`}` : '?';
  return { key: 'mediaThroughTunnel', vars: { what, tunnel: tunnel.interface, transport, remote } };
}

/** The company as owner of STUN silence through the tunnel, or null without that proof. */
export function companyUdpOwner(e: Evidence): UdpOwner | null {
  const tunnel = mediaTunnel(e);
  if (tunnel === null) return null;
  const beyond = ((e.mediaPath?.servers ?? []) as readonly MediaServerCheck[]).filter((s) => isBeyond(s));
  const networks = new Set(beyond.map((s) => network16(s.address)));
  if (beyond.length < 2 || !beyond.every(silentTcpOpen) || networks.size < 2 || networks.has(null)) return null;
  const servers = beyond.map(label).join(', ');
  return { segment: 'vpn', evidence: [tunnelLine(e, tunnel, servers), { key: 'mediaTunnelHidesUdp' }, { key: 'mediaCompanyDropsUdp', vars: { servers } }] };
}

/** Whether a company host answered through a tunnel just now: the tunnel passes traffic. */
function tunnelPasses(e: Evidence): string | null {
  const h = (e.vpnInternal?.hosts ?? []).find((x) => x.viaTunnel === true && x.tcp.state === 'open');
  return h === undefined ? null : `${h.host}:${h.port}`;
}

/** The owner of EDT silence (DTLS silent, TCP 443 open) while a company tunnel is up, or null. */
export function companyEdtOwner(e: Evidence): UdpOwner | null {
  const c = e.citrixEdt;
  if (c?.edt !== 'blocked') return null;
  const host = c.host ?? '?';
  const through = tunnelOwning(e, c.localAddress);
  if (through !== null) {
    return { segment: 'vpn', evidence: [tunnelLine(e, through, host), { key: 'mediaTunnelHidesUdp' }, { key: 'edtCompanyDrops', vars: { host } }] };
  }
  const passes = tunnelPasses(e);
  const udp443 = (e.vpnClient?.transports ?? []).find((t) => t.transport === 'udp' && t.remote?.port === 443);
  const tunnel = udp443 && (e.vpnClient?.tunnels ?? []).find((t) => t.connected && t.interface === udp443.interface);
  if (passes === null || !udp443 || !tunnel) return null;
  return {
    segment: 'citrix',
    evidence: [
      tunnelLine(e, tunnel, passes),
      { key: 'edtTunnelCarriesUdp443', vars: { tunnel: tunnel.interface, host: passes } },
      { key: 'edtGatewaySide', vars: { host } },
    ],
  };
}

/** What was seen of the tunnel for a finding without a proven owner (empty when no tunnel was used). */
export function tunnelSeenLines(e: Evidence, local: string | null | undefined, what: string): EvidenceLine[] {
  const t = tunnelOwning(e, local);
  return t === null ? [] : [tunnelLine(e, t, what)];
}
