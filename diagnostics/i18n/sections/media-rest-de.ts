// Texte zum zweiten Teil von Issue #19 (Deutsch): Gesprächsmodell (E-Modell R und MOS), wem ein
// schlechter UDP-Weg gehört, NAT-Ebenen und die Lebensdauer einer UDP-Zuordnung.

export const mediaRestDe = {
  model: 'Gesprächsmodell: R {{r}}, MOS {{mos}} (E-Modell nach ITU-T G.107, {{codec}}, Verzögerung in eine Richtung {{delay}} ms)',
  where: { home: 'in Ihrem Heimnetz', isp: 'bei Ihrem Internetanbieter' },
} as const;

/** Evidence lines (spread into `evidence`). */
export const mediaRestEvidenceDe = {
  mediaHomeUdpWorks: 'UDP zu {{servers}} in Ihrem Heimnetz wurde beantwortet: dieser Computer und Ihr Heimnetz übertragen UDP.',
  mediaIspUdpSilentTcpOpen: 'UDP zum Server Ihres Anbieters {{servers}} blieb ohne Antwort, während TCP zum selben Server und Port aufging: die Leitung steht, nur UDP kommt nicht durch.',
  mediaRouterFilters: 'Zwischen Ihrem Heimnetz und dem Server Ihres Anbieters endet UDP am Router: er empfängt UDP, leitet aber nichts davon weiter.',
  mediaIspUdpWorks: 'UDP zum Server Ihres Anbieters {{servers}} wurde sauber beantwortet: Ihr Router und Ihre Leitung übertragen UDP.',
  mediaBeyondSilent: 'UDP zu allen Servern hinter Ihrem Anbieter ({{servers}}, in verschiedenen Netzen) blieb ohne Antwort, während TCP zu ihnen aufging: gemeinsam ist ihnen das Netz Ihres Anbieters.',
  mediaBeyondLossy: 'UDP zu allen Servern hinter Ihrem Anbieter ({{servers}}, in verschiedenen Netzen) ging teilweise verloren: gemeinsam ist ihnen das Netz Ihres Anbieters.',
  mediaPlacedAnswered: 'UDP zu {{servers}} ({{where}}) wurde beantwortet, {{loss}} % verloren.',
  mediaPlacedSilent: 'UDP zu {{servers}} ({{where}}) blieb ohne Antwort.',
} as const;
