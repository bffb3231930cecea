/**
 * The command line's usage errors (exit 2), one sentence each naming what is wrong. Printed inside
 * `cli.usageError`'s frame. (#16: these were English in every language.)
 */
export const cliUsageEn = {
  repeated: '{{flag}} is given more than once; give it once.',
  lang: '--lang must be en, de or sv, not "{{value}}".',
  unknownCommand: 'unknown command "{{command}}".',
  unexpected: 'unexpected argument "{{value}}".',
  needsFile: '{{flag}} needs a file name.',
  needsValue: '{{flag}} needs a value.',
  notForPolicy: '{{flag}} does not apply to "homeline policy".',
  notAnOption: '{{flag}} is not an option of "{{command}}".',
  bundleOnlyPreview: '"homeline bundle" knows only "preview", not "{{value}}".',
  commandNeedsFile: '"homeline {{command}}" needs a file name.',
  htmlOnlyView: '--html belongs to "homeline view BUNDLE".',
  positive: '{{flag}} must be a positive number, not "{{value}}".',
  wholeDays: '--days must be a whole number of days, not "{{value}}".',
  speed: '{{flag}} must be a speed in Mbit/s above 0, not {{value}}.',
  speedMax: '{{flag}} must be a speed in Mbit/s above 0 and at most {{max}}, not {{value}}.',
  tooLong: '{{flag}} may be at most {{max}} characters long, not {{length}}.',
  ispSub: '"isp" needs set, show or kit.',
  ispSubNot: '"isp" needs set, show or kit, not "{{value}}".',
  ispSetNeedsOne: '"isp set" needs at least one of --name, --contract-down, --contract-up, --customer, --line.',
  format: '--format must be text, html or pdf, not "{{value}}".',
  pdfNeedsOut: '--format pdf needs --out FILE.',
  interval: '--interval must be whole milliseconds from 200 to 60000, not "{{value}}".',
  ticketNeedsBundle: '--bundle FILE is required.',
  ticketNeedsTo: '--to CONNECTOR is required (the managed policy names no help desk).',
} as const;
