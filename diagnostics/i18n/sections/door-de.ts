import type { doorEn } from './door-en.js';
import type { CatalogShape } from '../catalog-shape.js';

/** Texts der Prüfungen an der Tür, auf Deutsch (siehe door-en.ts). */
export const doorDe: CatalogShape<typeof doorEn> = {
  rule: {
    hostName: 'muss ein Hostname (Buchstaben, Ziffern, Bindestriche und Punkte, RFC 1123) oder eine IP-Adresse sein, nicht {{value}}',
    port: 'muss eine Portnummer von 1 bis 65535 sein, nicht {{value}}',
    url: 'muss eine http://- oder https://-Adresse sein, nicht {{value}}',
    urlHost: 'muss eine Adresse sein, deren Host ein Hostname oder eine IP-Adresse ist, nicht {{value}}',
    urlLength: 'darf höchstens {{max}} Zeichen lang sein',
    tooMany: 'darf höchstens {{max}} Einträge enthalten, nicht {{count}}',
    mbps: 'muss eine Geschwindigkeit in Mbit/s über 0 und höchstens {{max}} sein, nicht {{value}}',
    other: 'ist ungültig: {{detail}}',
  },
  profile: {
    field: '{{file}}: Feld {{field}} {{rule}}.',
    notJson: '{{file}}: kein gültiges JSON ({{detail}}).',
    unreadable: '{{file}}: das Profil kann nicht gelesen werden ({{detail}}).',
    notFound: 'Datei nicht gefunden',
    denied: 'Zugriff verweigert',
    tooLarge: '{{file}}: das Profil ist {{size}} Bytes groß; ein Profil darf höchstens {{max}} Bytes groß sein, daher wurde es nicht gelesen.',
  },
  write: {
    before: '{{file}} kann nicht geschrieben werden: {{reason}}. Es wurde nichts ausgeführt; wählen Sie eine andere Datei.',
    failed: '{{file}} konnte nicht geschrieben werden: {{reason}}.',
    keptAt: 'Nichts geht verloren: die Ausgabe wurde stattdessen in {{file}} gespeichert.',
    notKept: 'Sie konnte auch anderswo nicht gespeichert werden ({{reason}}).',
    reason: {
      noFolder: 'der Ordner existiert nicht',
      notFolder: 'ein Teil des Pfads ist kein Ordner',
      denied: 'Zugriff verweigert',
      readOnly: 'das Dateisystem ist schreibgeschützt',
      isFolder: 'es ist ein Ordner',
      full: 'der Datenträger ist voll',
    },
  },
  tooLarge: 'die Datei ist {{size}} Bytes groß, mehr als die {{max}} Bytes, die Homeline liest',
};
