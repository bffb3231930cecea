// Texte zum zweiten Teil von Issue #19 (Deutsch): Gesprächsmodell (E-Modell R und MOS), wem ein
// schlechter UDP-Weg gehört, NAT-Ebenen und die Lebensdauer einer UDP-Zuordnung.

export const mediaRestDe = {
  model: 'Gesprächsmodell: R {{r}}, MOS {{mos}} (E-Modell nach ITU-T G.107, {{codec}}, Verzögerung in eine Richtung {{delay}} ms)',
  where: { home: 'in Ihrem Heimnetz', isp: 'bei Ihrem Internetanbieter' },
} as const;

/** Evidence lines (spread into `evidence`). */
export const mediaRestEvidenceDe = {
  mediaMappingForgotten: "Nach {{idle}} s Stille bekam dieselbe Verbindung zu {{server}} eine neue öffentliche Adresse: vorher {{before}}, nachher {{after}}. Die Zuordnung hielt weniger als {{idle}} s.",
  mediaCgnatMapped: 'Die Server sahen Ihren Anschluss als {{address}}, eine Adresse aus dem Bereich, den Anbieter für Carrier-Grade-NAT nutzen (100.64.0.0/10): Ihr Anbieter teilt öffentliche Adressen unter Kunden auf.',
  mediaCgnatHop: 'Ein Router Ihres Anbieters auf dem Weg nach draußen hat die Adresse {{address}} aus dem Carrier-Grade-NAT-Bereich (100.64.0.0/10): Ihr Anbieter teilt öffentliche Adressen unter Kunden auf.',
  mediaDoubleNat: 'Der nächste Router nach Ihrem, {{router}}, hat eine private Adresse, und die Server sahen {{mapped}}: ein zweiter Router übersetzt Adressen vor Ihrem Anbieter (doppeltes NAT).',
  mediaHomeUdpWorks: 'UDP zu {{servers}} in Ihrem Heimnetz wurde beantwortet: dieser Computer und Ihr Heimnetz übertragen UDP.',
  mediaIspUdpSilentTcpOpen: 'UDP zum Server Ihres Anbieters {{servers}} blieb ohne Antwort, während TCP zum selben Server und Port aufging: die Leitung steht, nur UDP kommt nicht durch.',
  mediaRouterFilters: 'Zwischen Ihrem Heimnetz und dem Server Ihres Anbieters endet UDP am Router: er empfängt UDP, leitet aber nichts davon weiter.',
  mediaIspUdpWorks: 'UDP zum Server Ihres Anbieters {{servers}} wurde sauber beantwortet: Ihr Router und Ihre Leitung übertragen UDP.',
  mediaBeyondSilent: 'UDP zu allen Servern hinter Ihrem Anbieter ({{servers}}, in verschiedenen Netzen) blieb ohne Antwort, während TCP zu ihnen aufging: gemeinsam ist ihnen das Netz Ihres Anbieters.',
  mediaBeyondLossy: 'UDP zu allen Servern hinter Ihrem Anbieter ({{servers}}, in verschiedenen Netzen) ging teilweise verloren: gemeinsam ist ihnen das Netz Ihres Anbieters.',
  mediaPlacedAnswered: 'UDP zu {{servers}} ({{where}}) wurde beantwortet, {{loss}} % verloren.',
  mediaPlacedSilent: 'UDP zu {{servers}} ({{where}}) blieb ohne Antwort.',
} as const;

/** Findings joined into the group `finding.media`. */
export const mediaRestFindingsDe = {
  'short-mapping': {
    title: "UDP-Verbindungen werden nach weniger als einer Minute Stille vergessen",
    steps: [
      "Gespräche in der Warteschleife oder mit stummgeschaltetem Mikrofon können beim Weitersprechen ihren Ton verlieren; Teams und ähnliche Programme fangen das meist ab, indem sie öfter senden, es kann aber kurze Aussetzer geben.",
      "Wenn Ihr Router eine Einstellung für den UDP-Timeout oder die „UDP-Sitzungsdauer“ hat, stellen Sie mindestens 60 Sekunden ein; nutzt Ihr Anbieter Carrier-Grade-NAT, fragen Sie ihn danach.",
    ],
  },
  cgnat: {
    title: "Ihr Anbieter teilt eine öffentliche Adresse unter mehreren Kunden (Carrier-Grade-NAT)",
    steps: [
      "Gespräche und Citrix funktionieren meist trotzdem, aber UDP-Zuordnungen können kurzlebig sein, und eingehende Verbindungen sind nicht möglich.",
      "Wenn Gespräche nach einigen Sekunden Stille abbrechen oder keine direkte Verbindung zustande kommt, fragen Sie Ihren Anbieter nach einer eigenen öffentlichen IPv4-Adresse (oft „Dual Stack“ oder „öffentliche IP“ genannt).",
    ],
  },
  'double-nat': {
    title: "Zwei Router hintereinander übersetzen Ihre Adressen (doppeltes NAT)",
    steps: [
      "Gespräche funktionieren, laufen aber oft über ein Relais mit mehr Verzögerung, und Portweiterleitungen an Ihrem Router wirken nicht.",
      "Wenn Sie einen Modem-Router des Anbieters und dahinter einen eigenen Router haben, fragen Sie den Lieferanten, ob einer davon als reines Modem (Bridge-Modus) laufen kann, oder tragen Sie Ihren Router im anderen als „Exposed Host“ bzw. DMZ ein.",
    ],
  },
} as const;

/** The call kit's sentences about the UDP test call (top-level `ispCallMedia`; backing in report/isp-call-sentences.ts). */
export const ispCallMediaDe = {
  udpLoss: "Während der Prüfung hat ein Testgespräch über UDP, den Weg von Sprach- und Videogesprächen, hinter meinem Router {{loss}} % von {{sent}} Paketen verloren (Umlaufzeit {{rtt}} ms).",
  udpJitter: "Die Laufzeit dieser UDP-Pakete schwankte um {{jitter}} ms (Jitter); Gespräche brauchen weniger als 30 ms.",
} as const;

/** Door rules of the media profile keys (joined into `door.rule`). */
export const mediaRestDoorRuleDe = {
  mappingIdle: 'muss eine ganze Zahl von Sekunden von 1 bis 60 sein, nicht {{value}}',
} as const;
