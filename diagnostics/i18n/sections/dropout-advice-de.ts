/**
 * Die aufgezeichneten Abbrüche des Heimnetzes und des Firmen-VPN, auf Deutsch: die Befunde der
 * Prüfung und die Liste im Helpdesk-Ticket.
 */
export const dropoutAdviceHomeDe = {
  dropouts: {
    title: 'Ihr Heimnetz ist zuletzt mehrmals ausgefallen',
    steps: [
      'Wenn Sie WLAN nutzen: Achten Sie darauf, wo und wann es abbricht, und probieren Sie ein Netzwerkkabel oder einen Platz näher am Router.',
      'Starten Sie den Router neu: 30 Sekunden vom Strom trennen, wieder einstecken und 3 Minuten warten.',
      'Wenn es weiter abbricht, ist der Router vielleicht defekt: Wenden Sie sich an den, der ihn geliefert hat, und zeigen Sie die Seite „Abbrüche“. Die Leitung Ihres Internetanbieters ist nicht die Ursache dieser Abbrüche.',
    ],
  },
} as const;

export const dropoutAdviceVpnDe = {
  dropouts: {
    title: 'Das Firmen-VPN ist zuletzt mehrmals ausgefallen',
    steps: [
      'Senden Sie dies an den Helpdesk: Das Ticket nennt den Beginn jedes VPN-Abbruchs, damit er ihn mit den Aufzeichnungen des VPN-Gateways abgleichen kann.',
      'Ihr Internetanbieter kann dabei nicht helfen: Ihr Router und das Internet antworteten weiter.',
    ],
  },
} as const;

export const dropoutAdviceEvidenceDe = {
  dropoutsHome: 'In den letzten {{days}} Tagen hat der Verbindungsmonitor {{count}} Abbrüche von {{min}}–{{max}} s aufgezeichnet, in denen Ihr Router nicht mehr antwortete, zuletzt am {{latest}}.',
  dropoutsHomeOne: 'In den letzten {{days}} Tagen hat der Verbindungsmonitor 1 Abbruch von {{max}} s aufgezeichnet, in dem Ihr Router nicht mehr antwortete, am {{latest}}.',
  dropoutsVpn: 'In den letzten {{days}} Tagen hat der Verbindungsmonitor {{count}} Abbrüche von {{min}}–{{max}} s aufgezeichnet, in denen das Firmen-VPN nicht mehr antwortete, während Ihr Router und das Internet weiter antworteten, zuletzt am {{latest}}.',
  dropoutsVpnOne: 'In den letzten {{days}} Tagen hat der Verbindungsmonitor 1 Abbruch von {{max}} s aufgezeichnet, in dem das Firmen-VPN nicht mehr antwortete, während Ihr Router und das Internet weiter antworteten, am {{latest}}.',
  dropoutsWindow: '{{count}} davon begannen zwischen {{from}} und {{to}} Uhr.',
} as const;

export const dropoutTicketDe = {
  title: 'Auf diesem Computer aufgezeichnete Abbrüche der letzten {{days}} Tage (Heimnetz und Firmen-VPN; Zeiten in UTC):',
  line: '  - {{start}}  {{segment}}  {{seconds}} s',
  more: '  … und {{count}} frühere (alle stehen im angehängten Paket).',
  segment: { home: 'Heimnetz', vpn: 'Firmen-VPN' },
} as const;
