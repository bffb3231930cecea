// Texts of the company's share of a bad UDP path while the VPN tunnel is up, in English.
// Top-level `mediaVpn` for words put into lines, evidence lines spread into `evidence`, findings
// joined into the group `finding.media`.

export const mediaVpnEn = {
  transport: { udp: 'OpenVPN over UDP', tcp: 'OpenVPN over TCP', unknown: 'transport not known' },
} as const;

export const mediaVpnEvidenceEn = {
  mediaThroughTunnel: 'The test to {{what}} went through the company VPN tunnel {{tunnel}} ({{transport}}, gateway {{remote}}).',
  mediaTunnelHidesUdp: 'Inside the tunnel your router and your provider only see the tunnel’s encrypted packets: they cannot let TCP through and drop UDP inside it.',
  mediaCompanyDropsUdp: 'UDP to {{servers}} (different networks) through the tunnel got no answer while TCP to the same servers through it opened: UDP stops on the company’s side of the tunnel.',
  edtCompanyDrops: 'The Citrix Gateway {{host}} was reached through the tunnel: UDP 443 got no answer while TCP 443 opened, so EDT stops on the company’s side.',
  edtTunnelCarriesUdp443: 'The company tunnel {{tunnel}} runs over UDP port 443 and {{host}} answered through it just now: your router and your provider carry UDP 443.',
  edtGatewaySide: 'Yet the Citrix Gateway {{host}} stays silent on UDP 443 while TCP 443 opens: EDT is not offered or is filtered on the company’s side.',
} as const;

export const mediaVpnFindingsEn = {
  'udp-blocked-vpn': {
    title: 'Calls through the company VPN cannot use UDP',
    steps: [
      'Calls may still connect through a relay over TCP, with more delay and poorer sound.',
      'Tell the help desk: UDP to the call servers stops on the company’s side of the VPN (its gateway or firewall). They can allow UDP for calls or route call traffic outside the tunnel (split tunnelling).',
    ],
  },
} as const;
