// Texte zum Anteil der Firma an einem schlechten UDP-Weg bei aktivem VPN-Tunnel, auf Deutsch
// (Aufbau wie media-vpn-en.ts).

export const mediaVpnDe = {
  transport: { udp: 'OpenVPN über UDP', tcp: 'OpenVPN über TCP', unknown: 'Transport unbekannt' },
} as const;

export const mediaVpnEvidenceDe = {
  mediaThroughTunnel: 'Der Test zu {{what}} lief durch den VPN-Tunnel der Firma {{tunnel}} ({{transport}}, Gateway {{remote}}).',
  mediaTunnelHidesUdp: 'Im Tunnel sehen Ihr Router und Ihr Anbieter nur die verschlüsselten Pakete des Tunnels: sie können darin nicht TCP durchlassen und UDP verwerfen.',
  mediaCompanyDropsUdp: 'UDP zu {{servers}} (verschiedene Netze) durch den Tunnel blieb ohne Antwort, während TCP zu denselben Servern durch ihn aufging: UDP endet auf der Seite der Firma.',
  edtCompanyDrops: 'Das Citrix-Gateway {{host}} wurde durch den Tunnel erreicht: UDP 443 blieb ohne Antwort, während TCP 443 aufging, also endet EDT auf der Seite der Firma.',
  edtTunnelCarriesUdp443: 'Der Firmentunnel {{tunnel}} läuft über UDP-Port 443, und {{host}} hat eben durch ihn geantwortet: Ihr Router und Ihr Anbieter übertragen UDP 443.',
  edtGatewaySide: 'Trotzdem schweigt das Citrix-Gateway {{host}} auf UDP 443, während TCP 443 aufgeht: EDT wird auf der Seite der Firma nicht angeboten oder gefiltert.',
} as const;

export const mediaVpnFindingsDe = {
  'udp-blocked-vpn': {
    title: 'Gespräche durch das Firmen-VPN können UDP nicht nutzen',
    steps: [
      'Gespräche kommen eventuell über ein Relais per TCP zustande, mit mehr Verzögerung und schlechterem Ton.',
      'Sagen Sie es dem Helpdesk: UDP zu den Gesprächsservern endet auf der Seite der Firma (VPN-Gateway oder Firewall). Dort kann man UDP für Gespräche erlauben oder Gesprächsverkehr am Tunnel vorbeiführen (Split-Tunneling).',
    ],
  },
} as const;
