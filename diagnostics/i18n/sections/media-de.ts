import type { CatalogShape } from '../catalog-shape.js';
import type { mediaEn, mediaEvidenceEn, mediaFindingsEn } from './media-en.js';

/** Belege mit den gemessenen Werten. */
export const mediaEvidenceDe: CatalogShape<typeof mediaEvidenceEn> = {
  mediaFigures: 'Testanruf über UDP zu {{servers}}: {{sent}} Pakete, {{loss}} % verloren, Umlaufzeit {{rtt}} ms, Jitter {{jitter}} ms: Anrufe wären {{grade}}.',
  mediaUdpSilent: 'Keines von {{sent}} UDP-Paketen an {{servers}} bekam eine Antwort.',
  mediaTcpOpen: 'TCP-Verbindungen zu denselben Servern kamen zustande ({{servers}}): Die Server sind da, nur UDP kommt nicht durch.',
  mediaIcmpClean: 'Ping zu den Internet-Testadressen verlor zur selben Zeit {{loss}} %: Das Problem betrifft nur UDP.',
  mediaIcmpAgrees: 'Ping zu den Internet-Testadressen verlor zur selben Zeit {{loss}} %, während die Verbindung zu Ihrem Router sauber war: Beide Arten von Verkehr leiden hinter dem Router.',
  mediaHomeAgrees: 'Die Verbindung zu Ihrem Router selbst verlor zur selben Zeit {{loss}} % der Testpakete.',
  mediaOwnerUnproven: 'Von hier aus kann Homeline nicht erkennen, ob Ihr Router, Ihr Internetanbieter oder das Netz bei den Servern die UDP-Pakete verwirft.',
  mediaMappingDependent: 'Ihre öffentliche Adresse wechselte mit dem Ziel: {{first}} zu {{serverA}}, {{second}} zu {{serverB}}.',
  edtSilent: 'Das Citrix Gateway {{host}} antwortete nicht auf UDP-Port 443 ({{attempts}} Versuche), während TCP-Port 443 erreichbar war.',
  edtRefused: 'Das Citrix Gateway {{host}} meldete, dass auf UDP-Port 443 nichts lauscht.',
};

/** Titel und Schritte der Befunde (Gruppe `media`). */
export const mediaFindingsDe: CatalogShape<typeof mediaFindingsEn> = {
  'udp-blocked': {
    title: 'Anrufe können Ton und Bild über diese Verbindung nicht per UDP senden',
    steps: [
      'Anrufe kommen eventuell über ein Relais per TCP zustande, mit mehr Verzögerung und schlechterem Ton. Probieren Sie einen Anruf aus.',
      'Verbinden Sie den Computer zum Vergleich mit einem anderen Netz (zum Beispiel dem Hotspot Ihres Telefons) und prüfen Sie erneut.',
      'Funktioniert UDP anderswo, suchen Sie in den Einstellungen Ihres Routers nach einer Firewall, „SIP ALG“ oder UDP-Filtern, oder fragen Sie, wer den Router geliefert hat.',
      'Klärt der Vergleich es nicht, senden Sie diesen Bericht an den Helpdesk.',
    ],
  },
  'call-quality': {
    title: 'Anrufe über diese Verbindung können abgehackt klingen',
    steps: [
      'Schließen Sie den Computer nach Möglichkeit per Netzwerkkabel an und pausieren Sie große Up- und Downloads während Anrufen.',
      'Prüfen Sie zu einer anderen Tageszeit erneut, um zu sehen, ob es anhält.',
      'Bleibt es so, senden Sie diesen Bericht an den Helpdesk; nennt Homeline Ihren Internetanbieter, hat es vorbereitet, was Sie sagen können.',
    ],
  },
  'address-dependent-nat': {
    title: 'Ihre Verbindung gibt jedem Ziel einen eigenen öffentlichen Port (symmetrisches NAT)',
    steps: [
      'Anrufe funktionieren trotzdem, die Medien laufen dann aber über ein Relais, was Verzögerung bringen kann.',
      'Hat Ihr Router eine Einstellung für „Full Cone“, „endpunktunabhängiges“ NAT oder UPnP, kann das Einschalten helfen; haben Sie zwei Router hintereinander, fragen Sie, wer sie geliefert hat, ob einer als reines Modem laufen kann.',
    ],
  },
  'edt-fallback': {
    title: 'Citrix-Sitzungen können ihren schnellen UDP-Transport (EDT) nicht nutzen und weichen auf TCP aus',
    steps: [
      'Citrix funktioniert weiter über TCP, kann sich aber langsamer anfühlen und sich auf einer schwachen Leitung öfter neu verbinden.',
      'Sagen Sie es dem Helpdesk: Dort lässt sich prüfen, ob das Gateway EDT anbietet und ob UDP-Port 443 auf Firmenseite offen ist.',
      'Prüfen Sie zum Vergleich in einem anderen Netz (zum Beispiel dem Hotspot Ihres Telefons).',
    ],
  },
};

/** Zusammenfassungszeilen und Namen für CLI und Ansichten. */
export const mediaDe: CatalogShape<typeof mediaEn> = {
  grade: { good: 'gut', fair: 'brauchbar', poor: 'schlecht', bad: 'unbrauchbar' },
  heading: 'Anrufe und Citrix (Echtzeit)',
  call: 'Anrufe (UDP): {{grade}} — {{loss}} % verloren, Umlaufzeit {{rtt}} ms, Jitter {{jitter}} ms ({{sent}} Pakete an {{servers}})',
  callBlocked: 'Anrufe (UDP): keine Antwort von {{servers}}',
  callNotConfigured: 'Anrufe (UDP): nicht geprüft — kein STUN-Server eingerichtet',
  nat: { none: 'kein NAT gesehen', present: 'hinter NAT', unknown: 'NAT unbekannt' },
  mapping: { 'endpoint-independent': 'derselbe öffentliche Port zu jedem Server', 'address-dependent': 'neuer öffentlicher Port je Server', unknown: '' },
  natLine: 'Von den Servern gesehene Adresse: {{mapped}} ({{nat}}{{mapping}})',
  edt: {
    available: 'Citrix EDT (UDP 443 zu {{host}}): verfügbar',
    blocked: 'Citrix EDT (UDP 443 zu {{host}}): keine Antwort — Sitzungen weichen auf TCP aus',
    'not-offered': 'Citrix EDT (UDP 443 zu {{host}}): vom Gateway nicht angeboten',
    unknown: 'Citrix EDT (UDP 443 zu {{host}}): Gateway nicht erreichbar',
  },
};
