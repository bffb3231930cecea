// Texte zur eigenen WAN-Adresse des Routers (NAT-PMP) im Vergleich mit der Adresse, die die
// STUN-Server sahen, auf Deutsch (Aufbau wie media-wan-en.ts).

export const mediaWanDe = {
  same: 'Eigene Internetadresse Ihres Routers (NAT-PMP): {{wan}}, die Adresse, die die Server sahen: Ihr Router ist die einzige Adressübersetzung.',
  differs: 'Eigene Internetadresse Ihres Routers (NAT-PMP): {{wan}}, die Server sahen aber {{mapped}}: hinter Ihrem Router folgt eine weitere Übersetzung.',
  unknown: 'Ihr Router hat seine eigene Internetadresse nicht genannt (keine NAT-PMP-Antwort): doppeltes NAT und Carrier-Grade-NAT werden nur aus anderen Hinweisen beurteilt.',
  behaviour: 'NAT-Verhalten (RFC 5780, Server {{server}}): Zuordnung {{mapping}}, Filterung {{filtering}}.',
  behaviourUnsupported: 'NAT-Verhalten (RFC 5780): nicht getestet, {{server}} bietet die Tests nicht an.',
  kind: { 'endpoint-independent': 'unabhängig vom Ziel', 'address-dependent': 'abhängig von der Zieladresse', 'address-and-port-dependent': 'abhängig von Zieladresse und Port', unknown: 'unbekannt' },
} as const;

export const mediaWanEvidenceDe = {
  mediaCgnatRouterWan: 'Die eigene Internetadresse Ihres Routers ist {{address}} aus dem Carrier-Grade-NAT-Bereich (100.64.0.0/10), während die Server {{mapped}} sahen: Ihr Anbieter übersetzt noch einmal und teilt öffentliche Adressen unter Kunden auf.',
  mediaDoubleNatRouterWan: 'Die eigene Internetadresse Ihres Routers ist {{wan}}, eine private Adresse, während die Server {{mapped}} sahen: ein weiterer Router übersetzt vor Ihrem Anbieter (doppeltes NAT).',
  mediaNatBeyondRouter: 'Die eigene Internetadresse Ihres Routers ist {{wan}}, die Server sahen aber {{mapped}}: ein Gerät hinter Ihrem Router übersetzt Adressen noch einmal.',
} as const;

export const mediaWanFindingsDe = {
  'nat-beyond-router': {
    title: 'Hinter Ihrem Router werden Adressen noch einmal übersetzt',
    steps: [
      'Gespräche und Citrix funktionieren meist trotzdem; Gespräche laufen öfter über ein Relais, und Portweiterleitungen an Ihrem Router wirken aus dem Internet nicht.',
      'Wenn Gespräche nach Stille abbrechen oder keine direkte Verbindung zustande kommt, fragen Sie Ihren Anbieter, ob Ihr Anschluss hinter seiner eigenen Adressübersetzung liegt und ob Sie eine eigene öffentliche Adresse bekommen können.',
    ],
  },
} as const;
