import type { CatalogShape } from '../catalog-shape.js';
import type { ispConfirmEn } from './isp-confirm-en.js';

/** Bestätigen, was vor dem Anruf getan wurde (siehe isp-confirm-en.ts). */
export const ispConfirmDe: CatalogShape<typeof ispConfirmEn> = {
  errors: {
    unknownItem: '„{{item}}“ kennt --done nicht: Verwenden Sie restart=HH:MM, cable, second-device oder none.',
    restartTime: '„{{item}}“ braucht die Uhrzeit des Neustarts, zum Beispiel restart=19:40.',
    badTime: '„{{value}}“ ist keine Uhrzeit: Schreiben Sie sie als HH:MM, zum Beispiel 19:40.',
    repeated: '„{{item}}“ ist doppelt angegeben.',
    empty: '--done braucht eine Liste wie restart=19:40,cable,second-device (oder none), nicht „{{value}}“.',
    restartAfterCheck: 'Der Neustart um {{restart}} Uhr war nach der Prüfung um {{check}} Uhr: Prüfen Sie nach dem Neustart erneut und bestätigen Sie ihn dann.',
  },
  saved: 'Bestätigt für die Prüfung vom {{date}}. Eine neue Prüfung beginnt ohne Bestätigungen.',
  cleared: 'Für die Prüfung vom {{date}} ist nichts bestätigt.',
  stale: 'Was Sie für die Prüfung vom {{date}} bestätigt haben, gilt nicht für die neuere Prüfung: Bestätigen Sie es mit --done erneut.',
  unreadable: 'Ihre Bestätigungen konnten nicht gelesen werden ({{file}}: {{detail}}); der Leitfaden behauptet nichts davon.',
  app: {
    title: 'Was ich vor dem Anruf getan habe',
    hint: 'Kreuzen Sie nur an, was Sie wirklich getan haben: Der Text sagt es Ihrem Anbieter. Nicht angekreuzte Schritte werden stattdessen angeboten.',
    restart: 'Ich habe den Router neu gestartet um',
    restartTime: 'Uhrzeit des Neustarts',
    cable: 'Ich habe mit Netzwerkkabel getestet',
    secondDevice: 'Ich habe ein zweites Gerät ausprobiert',
    updating: 'Der Text wird angepasst …',
  },
};
