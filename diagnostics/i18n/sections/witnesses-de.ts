import type { CatalogShape } from '../catalog-shape.js';
import type { resolverOwnerEn, unsureFindingsEn, witnessEn, witnessEvidenceEn, witnessFindingsHomeEn, witnessFindingsIspEn } from './witnesses-en.js';

// Texte des gegengeprüften Urteils (Issue 14), auf Deutsch; Aufbau wie witnesses-en.ts.

export const witnessEvidenceDe: CatalogShape<typeof witnessEvidenceEn> = {
  tcpFigures: 'Stattdessen mit {{sent}} gemessenen TCP-Verbindungen: {{loss}} % verloren ({{lost}} von {{sent}}, wahrscheinlich zwischen {{lo}} und {{hi}} %), im Mittel {{avg}} ms Umlaufzeit.',
  tcpSilent: 'Auch keine von {{sent}} TCP-Verbindungen zu denselben Adressen wurde beantwortet.',
  publicDnsSilent: 'Auch die öffentlichen Namensserver ({{servers}}) antworteten nicht.',
  pingFiltered: 'Keine der Internet-Testadressen antwortete auf Ping ({{targets}}; {{sent}} Pakete), anderer Verkehr ins Internet funktioniert aber: Dieses Netz filtert Ping.',
  noSecondWitness: 'Keine zweite Art von Test konnte das bestätigen: Nur Ping hat es gesehen.',
  targetUnreachable: 'Die Testadresse {{target}} beantwortete keines von {{sent}} Paketen, die anderen schon: Diese Adresse ist nicht erreichbar, Ihre Leitung schon.',
  targetLossOnly: '{{target}} verlor {{loss}} % von {{sent}} Paketen, andere Adressen deutlich weniger: Der Verlust gehört zu dieser Adresse, nicht zu Ihrer Leitung.',
  routerIgnoresPing: 'Ihr Router ({{gateway}}) beantwortete keinen von {{sent}} Pings, leitet aber Verkehr weiter: Er ist so eingestellt, dass er Ping ignoriert.',
  dnsOwner: 'Der Namensserver {{server}} wird betrieben von: {{owner}}.',
};

export const witnessFindingsIspDe: CatalogShape<typeof witnessFindingsIspEn> = {
  'ping-filtered': {
    title: 'Dieses Netz filtert Ping; die Verbindung funktioniert',
    steps: ['Nichts zu tun: Verlust und Umlaufzeit wurden stattdessen über TCP gemessen.'],
  },
  'ping-deprioritized': {
    title: 'Ping wird in diesem Netz gebremst, anderer Verkehr nicht',
    steps: ['Nichts zu tun: TCP-Verbindungen zu denselben Adressen zeigen weit weniger Verlust als Ping.'],
  },
  'target-unreachable': {
    title: 'Eine Testadresse antwortet nicht',
    steps: ['Für Sie nichts zu tun: Die anderen Testadressen antworten, Ihre Leitung funktioniert also. Der Helpdesk kann die Testadressen anpassen.'],
  },
  'target-loss': {
    title: 'Nur einige Testadressen verlieren Pakete',
    steps: ['Für Sie nichts zu tun: Der Verlust liegt auf dem Weg zu diesen Adressen, nicht auf Ihrer Leitung.'],
  },
};

export const witnessFindingsHomeDe: CatalogShape<typeof witnessFindingsHomeEn> = {
  'router-ignores-ping': {
    title: 'Ihr Router antwortet nicht auf Ping, funktioniert aber',
    steps: ['Nichts zu tun: Viele Router ignorieren Ping absichtlich.'],
  },
};

export const unsureFindingsDe: CatalogShape<typeof unsureFindingsEn> = {
  'line-down-ping-only': {
    title: 'Laut Ping ist Ihre Internetleitung ausgefallen, aber nichts anderes konnte das bestätigen',
    steps: ['Öffnen Sie eine Website, um zu sehen, ob das Internet funktioniert.', 'Prüfen Sie in ein paar Minuten noch einmal.', 'Wenn auch Websites nicht öffnen, starten Sie den Router neu und prüfen Sie erneut.'],
  },
  'loss-ping-only': {
    title: 'Ping zeigt Verluste hinter Ihrem Router, andere Tests bestätigen sie aber nicht',
    steps: ['Prüfen Sie in ein paar Minuten noch einmal: Eine zweite Messung unterscheidet echten von vorübergehendem Verlust.', 'Wenn Anrufe oder Remote-Sitzungen gleichzeitig stocken, bewahren Sie den Bericht für den Helpdesk auf.'],
  },
  'dns-owner': {
    title: 'Ein auf diesem Computer eingestellter Namensserver funktioniert nicht',
    steps: ['Wenn Sie diesen Namensserver selbst eingestellt haben, stellen Sie DNS wieder auf automatisch.', 'Sonst wenden Sie sich mit dem Bericht an den Helpdesk: Er nennt den Server und seine Antwort.'],
  },
};

export const witnessDe: CatalogShape<typeof witnessEn> = {
  icmp: 'Ping (ICMP)',
  tcp: 'TCP-Verbindungen',
  https: 'sichere Webanfragen (HTTPS)',
  dns: 'Namensauflösung (DNS)',
  and: '{{first}} und {{second}}',
  agreed: 'Bestätigt durch {{list}}.',
  single: 'Nur durch {{list}} gesehen: nicht durch eine zweite Art von Test bestätigt.',
};

export const resolverOwnerDe: CatalogShape<typeof resolverOwnerEn> = {
  router: 'Ihrem Heimrouter',
  provider: 'Ihrem Internetanbieter',
  public: 'einem öffentlichen DNS-Dienst',
  company: 'Ihrer Firma (über das VPN)',
  'local-stub': 'einem Programm auf diesem Computer, das an andere Namensserver weiterleitet',
  'home-device': 'einem anderen Gerät in Ihrem Heimnetz',
  unknown: 'einer unbekannten Stelle',
};
