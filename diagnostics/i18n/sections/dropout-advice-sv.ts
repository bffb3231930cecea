/**
 * Hemnätverkets och företagets VPN:s registrerade avbrott, på svenska: kontrollens fynd och listan
 * i ärendet till supporten.
 */
export const dropoutAdviceHomeSv = {
  dropouts: {
    title: 'Ditt hemnätverk har tappat anslutningen den senaste tiden',
    steps: [
      'Om du använder Wi-Fi: notera var och när det bryts, och prova en nätverkskabel eller en plats närmare routern.',
      'Starta om routern: dra ur strömmen i 30 sekunder, sätt i den igen och vänta 3 minuter.',
      'Om det fortsätter kan routern vara trasig: kontakta den som levererade den och visa sidan Avbrott. Din internetleverantörs linje är inte orsaken till dessa avbrott.',
    ],
  },
} as const;

export const dropoutAdviceVpnSv = {
  dropouts: {
    title: 'Företagets VPN har tappat anslutningen den senaste tiden',
    steps: [
      'Skicka detta till supporten: ärendet anger när varje VPN-avbrott började, så att de kan jämföra med VPN-gatewayens loggar.',
      'Din internetleverantör kan inte hjälpa till med dessa: din router och internet fortsatte att svara.',
    ],
  },
} as const;

export const dropoutAdviceEvidenceSv = {
  dropoutsHome: 'De senaste {{days}} dagarna registrerade anslutningsövervakningen {{count}} avbrott på {{min}}–{{max}} s då din router slutade svara, det senaste {{latest}}.',
  dropoutsHomeOne: 'De senaste {{days}} dagarna registrerade anslutningsövervakningen 1 avbrott på {{max}} s då din router slutade svara, {{latest}}.',
  dropoutsVpn: 'De senaste {{days}} dagarna registrerade anslutningsövervakningen {{count}} avbrott på {{min}}–{{max}} s då företagets VPN slutade svara medan din router och internet fortsatte att svara, det senaste {{latest}}.',
  dropoutsVpnOne: 'De senaste {{days}} dagarna registrerade anslutningsövervakningen 1 avbrott på {{max}} s då företagets VPN slutade svara medan din router och internet fortsatte att svara, {{latest}}.',
  dropoutsWindow: '{{count}} av dem började mellan {{from}} och {{to}}.',
} as const;

export const dropoutTicketSv = {
  title: 'Avbrott som registrerats på den här datorn de senaste {{days}} dagarna (hemnätverk och företagets VPN; tider i UTC):',
  line: '  - {{start}}  {{segment}}  {{seconds}} s',
  more: '  … och {{count}} tidigare (alla finns i det bifogade paketet).',
  segment: { home: 'hemnätverk', vpn: 'företagets VPN' },
} as const;
