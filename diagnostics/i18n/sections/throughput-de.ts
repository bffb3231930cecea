import type { CatalogShape } from '../catalog-shape.js';
import type { throughputEvidenceEn, throughputFindingsEn } from './throughput-en.js';

/** Belege mit den gemessenen Raten und Umlaufzeiten. */
export const throughputEvidenceDe: CatalogShape<typeof throughputEvidenceEn> = {
  throughputDownload: 'Download gemessen mit {{mbps}} Mbit/s ({{streams}} parallele Verbindungen zu {{server}}, {{seconds}} s gezählt); das Minimum der Firma ist {{min}} Mbit/s.',
  throughputUpload: 'Upload gemessen mit {{mbps}} Mbit/s ({{streams}} parallele Verbindungen zu {{server}}, {{seconds}} s gezählt); das Minimum der Firma ist {{min}} Mbit/s.',
  loadedLatency: 'Umlaufzeit zu {{target}}: {{idle}} ms bei ruhender Leitung, {{loaded}} ms bei ausgelasteter Leitung (+{{increase}} ms, Note {{grade}}).',
  loadedLatencyHome: 'Die Umlaufzeit zu Ihrem Router bleibt unter derselben Last bei {{loaded}} ms: die Verzögerung entsteht auf der Internetleitung.',
};

/** Titel und Schritte der Befunde. */
export const throughputFindingsDe: CatalogShape<typeof throughputFindingsEn> = {
  'slow-download': {
    title: 'Ihre Internetleitung lädt langsamer herunter, als die Arbeit es erfordert',
    steps: [
      'Beenden Sie große Downloads, Streaming und Cloud-Sicherungen auf anderen Geräten und prüfen Sie erneut.',
      'Schließen Sie den Computer per Netzwerkkabel an und prüfen Sie erneut, um das WLAN auszuschließen.',
      'Vergleichen Sie den Wert mit der Geschwindigkeit in Ihrem Vertrag. Bleibt er darunter, rufen Sie Ihren Internetanbieter an: Homeline hat vorbereitet, was Sie sagen können.',
    ],
  },
  'slow-upload': {
    title: 'Ihre Internetleitung lädt langsamer hoch, als die Arbeit es erfordert',
    steps: [
      'Pausieren Sie Cloud-Sicherungen, Foto-Uploads und Dateisynchronisierung auf anderen Geräten und prüfen Sie erneut.',
      'Schließen Sie den Computer per Netzwerkkabel an und prüfen Sie erneut, um das WLAN auszuschließen.',
      'Vergleichen Sie den Wert mit der Upload-Geschwindigkeit in Ihrem Vertrag. Bleibt er darunter, rufen Sie Ihren Internetanbieter an: Homeline hat vorbereitet, was Sie sagen können.',
    ],
  },
  bufferbloat: {
    title: 'Ihre Leitung reagiert sehr träge, sobald sie ausgelastet ist',
    steps: [
      'Vermeiden Sie große Up- und Downloads während Anrufen und Remote-Sitzungen (Cloud-Sicherungen, Spiel- oder Systemupdates).',
      'Bietet Ihr Router „Smart Queue Management“, „SQM“ oder eine Quality-of-Service-Einstellung, schalten Sie sie ein und stellen Sie sie etwas unter die Geschwindigkeit Ihrer Leitung.',
      'Hält es an, fragen Sie Ihren Internetanbieter nach einem Router mit aktivem Warteschlangenmanagement: Homeline hat vorbereitet, was Sie sagen können.',
    ],
  },
};
