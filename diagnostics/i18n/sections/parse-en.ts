/** `homeline parse`: the help desk reads what a user pasted into a ticket. English (the source). */
export const parseEn = {
  help: [
    'Usage: homeline parse [KIND] FILE|- [--json] [--lang en|de|sv]',
    '',
    'Reads what a command printed (pasted into a ticket, saved to FILE, or on standard input with -)',
    'with the parsers Homeline itself uses, and prints the facts it found and what it could not read.',
    'Bytes in any Windows code page (437, 850, 852, 858, 865, 866, 1252), UTF-8 and UTF-16 are accepted.',
    '',
    '  KIND    one of {{kinds}}; recognised from the text when left out',
    '  --json  print the facts as JSON (schemas: diagnostics/schema/published/parse-KIND.schema.json)',
  ],
  kindLine: 'Read as {{kind}} ({{how}}), text decoded as {{encoding}}.',
  detected: 'recognised from the text',
  given: 'as given',
  factsHeading: 'Facts:',
  unreadHeading: 'Not in the text or not readable:',
  nothingUnread: 'Everything the parser looks for was read.',
  notRecognised: 'The text is not an output Homeline knows. Name its kind: {{kinds}}.',
  unknownKind: 'Unknown kind "{{kind}}". Known kinds: {{kinds}}.',
  cannotRead: 'Cannot read {{file}}: {{reason}}',
  empty: 'The input is empty: nothing to read.',
  usage: 'homeline parse: {{message}}',
  airportGone:
    'This is the airport tool, which macOS 14.4 and later no longer run (they print only a deprecation warning). Ask for `sudo wdutil info` or `system_profiler SPAirPortDataType -json` instead.',
};
