// Texter om företagets del i en dålig UDP-väg när VPN-tunneln är uppe, på svenska (samma
// uppbyggnad som media-vpn-en.ts).

export const mediaVpnSv = {
  transport: { udp: 'OpenVPN över UDP', tcp: 'OpenVPN över TCP', unknown: 'transport okänd' },
} as const;

export const mediaVpnEvidenceSv = {
  mediaThroughTunnel: 'Testet till {{what}} gick genom företagets VPN-tunnel {{tunnel}} ({{transport}}, gateway {{remote}}).',
  mediaTunnelHidesUdp: 'Inne i tunneln ser din router och din leverantör bara tunnelns krypterade paket: de kan inte släppa igenom TCP och stoppa UDP i den.',
  mediaCompanyDropsUdp: 'UDP till {{servers}} (olika nät) genom tunneln fick inget svar medan TCP till samma servrar genom den öppnades: UDP stoppas på företagets sida av tunneln.',
  edtCompanyDrops: 'Citrix-gatewayen {{host}} nåddes genom tunneln: UDP 443 fick inget svar medan TCP 443 öppnades, så EDT stoppas på företagets sida.',
  edtTunnelCarriesUdp443: 'Företagets tunnel {{tunnel}} går över UDP-port 443 och {{host}} svarade genom den nyss: din router och din leverantör för vidare UDP 443.',
  edtGatewaySide: 'Ändå är Citrix-gatewayen {{host}} tyst på UDP 443 medan TCP 443 öppnas: EDT erbjuds inte eller filtreras på företagets sida.',
} as const;

export const mediaVpnFindingsSv = {
  'udp-blocked-vpn': {
    title: 'Samtal genom företagets VPN kan inte använda UDP',
    steps: [
      'Samtal kan ändå kopplas via ett relä över TCP, med mer fördröjning och sämre ljud.',
      'Berätta för helpdesken: UDP till samtalsservrarna stoppas på företagets sida av VPN:et (gateway eller brandvägg). De kan tillåta UDP för samtal eller leda samtalstrafik utanför tunneln (split tunneling).',
    ],
  },
} as const;
