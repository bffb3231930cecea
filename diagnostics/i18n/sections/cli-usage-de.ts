import type { CatalogShape } from '../catalog-shape.js';
import type { cliUsageEn } from './cli-usage-en.js';

/** Die Bedienfehler der Kommandozeile, auf Deutsch (siehe cli-usage-en.ts). */
export const cliUsageDe: CatalogShape<typeof cliUsageEn> = {
  repeated: '{{flag}} ist mehrfach angegeben; bitte nur einmal angeben.',
  lang: '--lang muss en, de oder sv sein, nicht „{{value}}“.',
  unknownCommand: 'unbekannter Befehl „{{command}}“.',
  unexpected: 'unerwartetes Argument „{{value}}“.',
  needsFile: '{{flag}} braucht einen Dateinamen.',
  needsValue: '{{flag}} braucht einen Wert.',
  notForPolicy: '{{flag}} gilt nicht für „homeline policy“.',
  notAnOption: '{{flag}} ist keine Option von „{{command}}“.',
  bundleOnlyPreview: '„homeline bundle“ kennt nur „preview“, nicht „{{value}}“.',
  commandNeedsFile: '„homeline {{command}}“ braucht einen Dateinamen.',
  htmlOnlyView: '--html gehört zu „homeline view BUNDLE“.',
  positive: '{{flag}} muss eine positive Zahl sein, nicht „{{value}}“.',
  wholeDays: '--days muss eine ganze Zahl von Tagen sein, nicht „{{value}}“.',
  speed: '{{flag}} muss eine Geschwindigkeit in Mbit/s über 0 sein, nicht {{value}}.',
  speedMax: '{{flag}} muss eine Geschwindigkeit in Mbit/s über 0 und höchstens {{max}} sein, nicht {{value}}.',
  tooLong: '{{flag}} darf höchstens {{max}} Zeichen lang sein, nicht {{length}}.',
  ispSub: '„homeline isp“ braucht set, show oder kit.',
  ispSubNot: '„homeline isp“ braucht set, show oder kit, nicht „{{value}}“.',
  ispSetNeedsOne: '„homeline isp set“ braucht mindestens eine der Optionen --name, --contract-down, --contract-up, --customer, --line.',
  format: '--format muss text, html oder pdf sein, nicht „{{value}}“.',
  pdfNeedsOut: '--format pdf braucht --out DATEI.',
  interval: '--interval muss ganze Millisekunden von 200 bis 60000 angeben, nicht „{{value}}“.',
  ticketNeedsBundle: '--bundle DATEI ist erforderlich.',
  ticketNeedsTo: '--to CONNECTOR ist erforderlich (die verwaltete Richtlinie nennt keinen Helpdesk).',
};
