import type { parseEn } from './parse-en.js';

/** `homeline parse` på svenska. */
export const parseSv: typeof parseEn = {
  kindLine: 'Läst som {{kind}} ({{how}}), texten avkodad som {{encoding}}.',
  detected: 'igenkänd från texten',
  given: 'som angiven',
  factsHeading: 'Fakta:',
  unreadHeading: 'Inte i texten eller inte läsbart:',
  nothingUnread: 'Allt tolkaren letar efter lästes.',
  notRecognised: 'Texten är ingen utskrift som Homeline känner till. Ange typen: {{kinds}}.',
  unknownKind: 'Okänd typ ”{{kind}}”. Kända typer: {{kinds}}.',
  cannotRead: 'Kan inte läsa {{file}}: {{reason}}',
  empty: 'Indata är tom: inget att läsa.',
  usage: 'homeline parse: {{message}}',
  airportGone:
    'Det här är verktyget airport, som macOS 14.4 och senare inte längre kör (det skriver bara en varning). Be om `sudo wdutil info` eller `system_profiler SPAirPortDataType -json` i stället.',
};
