import type { parseEn } from './parse-en.js';

/** `homeline parse` på svenska. */
export const parseSv: typeof parseEn = {
  help: [
    'Användning: homeline parse [TYP] FIL|- [--json] [--lang en|de|sv]',
    '',
    'Läser vad ett kommando skrev ut (inklistrat i ett ärende, sparat i FIL eller på standard in med -)',
    'med samma tolkare som Homeline själv använder, och visar fakta den hittade och vad den inte kunde läsa.',
    'Byte i alla Windows-teckentabeller (437, 850, 852, 858, 865, 866, 1252), UTF-8 och UTF-16 tas emot.',
    '',
    '  TYP     en av {{kinds}}; känns igen från texten om den utelämnas',
    '  --json  skriv fakta som JSON (scheman: diagnostics/schema/published/parse-TYP.schema.json)',
  ],
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
