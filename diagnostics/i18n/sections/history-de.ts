import type { CatalogShape } from '../catalog-shape.js';
import type { historyEn, historyEvidenceEn, historyFindingsEn } from './history-en.js';

/** Verlaufsmuster und die Texte der Befehle history und isp auf Deutsch (siehe history-en.ts). */
export const historyFindingsDe: CatalogShape<typeof historyFindingsEn> = {
  'time-of-day-pattern': {
    title: 'Ihre Leitung verliert immer zur selben Tageszeit Daten',
    steps: [
      'Prüfen Sie, während es passiert, damit der Anruf-Leitfaden eine frische Messung nennt.',
      'Rufen Sie Ihren Internetanbieter an und nennen Sie die Tageszeit: Homeline hat vorbereitet, was Sie sagen können.',
      'Bis es behoben ist, legen Sie Videokonferenzen möglichst außerhalb dieser Zeiten, oder nutzen Sie ein Kabel statt WLAN.',
    ],
  },
  'weekday-pattern': {
    title: 'Ihre Leitung verliert immer am selben Wochentag Daten',
    steps: [
      'Prüfen Sie, während es passiert, damit der Anruf-Leitfaden eine frische Messung nennt.',
      'Rufen Sie Ihren Internetanbieter an und nennen Sie den Wochentag: Homeline hat vorbereitet, was Sie sagen können.',
    ],
  },
};

export const historyEvidenceDe: CatalogShape<typeof historyEvidenceEn> = {
  historyTimeOfDay: 'An {{bad}} der letzten {{days}} Tage gingen zwischen {{from}} und {{to}} Uhr hinter dem Router {{loss}} % der Pakete verloren.',
  historyWeekday: 'An {{bad}} der letzten {{days}} {{weekday}} gingen hinter dem Router {{loss}} % der Pakete verloren.',
};

export const historyDe: CatalogShape<typeof historyEn> = {
  weekdays: { 0: 'Sonntage', 1: 'Montage', 2: 'Dienstage', 3: 'Mittwoche', 4: 'Donnerstage', 5: 'Freitage', 6: 'Samstage' },
  title: 'Verlauf der Prüfungen, letzte {{days}} Tage',
  empty: 'In den letzten {{days}} Tagen wurde keine Prüfung aufgezeichnet.',
  columns: { when: 'Wann', verdict: 'Ergebnis', gateway: 'Router', internet: 'Internet', speed: 'Down/Up' },
  ms: '{{ms}} ms',
  mbps: '{{down}}/{{up}} Mbit/s',
  patterns: 'Muster',
  noPatterns: 'Noch kein wiederkehrendes Muster.',
  corrupt: 'Der Prüfverlauf ({{file}}) war beschädigt. Er wurde als {{movedTo}} aufbewahrt und ein neuer Verlauf begonnen.',
  locked: 'Der Prüfverlauf ({{file}}) wird von einem anderen Programm benutzt; diese Prüfung wurde nicht aufgenommen ({{detail}}).',
  unavailable: 'Der Prüfverlauf ({{file}}) ist nicht nutzbar: {{detail}}. Diese Prüfung wurde nicht aufgenommen.',
  writeFailed: 'Diese Prüfung konnte nicht in den Verlauf aufgenommen werden: {{detail}}',
  settingsBroken: 'Ihre Einstellungen ({{file}}) waren nicht lesbar ({{detail}}). Sie wurden als {{keptAt}} aufbewahrt; es gelten die Standardwerte.',
  settingsUnreadable: 'Ihre Einstellungen ({{file}}) konnten nicht gelesen werden ({{detail}}); es gelten die Standardwerte.',
  ispSaved: 'Gespeichert. Homeline nennt diese Angaben, wenn Sie Ihren Anbieter anrufen.',
  ispShow: [
    'Internetanbieter: {{name}}',
    'Geschwindigkeit laut Vertrag: {{down}} Mbit/s Download, {{up}} Mbit/s Upload',
    'Kundennummer: {{customer}}',
    'Anschlusskennung: {{line}}',
  ],
  notSet: 'nicht angegeben',
  noCheck: 'Es wurde noch keine Prüfung aufgezeichnet: Führen Sie zuerst „homeline check“ aus.',
  kitWritten: 'Der Anruf-Leitfaden wurde nach {{file}} geschrieben.',
};
