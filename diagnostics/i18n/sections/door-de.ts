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
  tooLarge: 'die Datei ist {{size}} Bytes groß, mehr als die {{max}} Bytes, die Homeline liest',
};
