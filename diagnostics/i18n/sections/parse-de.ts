import type { parseEn } from './parse-en.js';

/** `homeline parse` auf Deutsch. */
export const parseDe: typeof parseEn = {
  help: [
    'Aufruf: homeline parse [ART] DATEI|- [--json] [--lang en|de|sv]',
    '',
    'Liest, was ein Befehl ausgegeben hat (in ein Ticket kopiert, in DATEI gespeichert oder mit - von der',
    'Standardeingabe), mit den Parsern, die Homeline selbst verwendet, und zeigt die gefundenen Fakten und was nicht lesbar war.',
    'Bytes in jeder Windows-Codepage (437, 850, 852, 858, 865, 866, 1252), UTF-8 und UTF-16 werden angenommen.',
    '',
    '  ART     eine von {{kinds}}; ohne Angabe am Text erkannt',
    '  --json  Fakten als JSON ausgeben (Schemas: diagnostics/schema/published/parse-ART.schema.json)',
  ],
  kindLine: 'Gelesen als {{kind}} ({{how}}), Text dekodiert als {{encoding}}.',
  detected: 'am Text erkannt',
  given: 'wie angegeben',
  factsHeading: 'Fakten:',
  unreadHeading: 'Nicht im Text oder nicht lesbar:',
  nothingUnread: 'Alles, wonach der Parser sucht, wurde gelesen.',
  notRecognised: 'Der Text ist keine Ausgabe, die Homeline kennt. Geben Sie die Art an: {{kinds}}.',
  unknownKind: 'Unbekannte Art „{{kind}}“. Bekannte Arten: {{kinds}}.',
  cannotRead: '{{file}} kann nicht gelesen werden: {{reason}}',
  empty: 'Die Eingabe ist leer: nichts zu lesen.',
  usage: 'homeline parse: {{message}}',
  airportGone:
    'Das ist das Programm airport, das macOS ab 14.4 nicht mehr ausführt (es zeigt nur noch eine Warnung). Bitten Sie stattdessen um `sudo wdutil info` oder `system_profiler SPAirPortDataType -json`.',
};
