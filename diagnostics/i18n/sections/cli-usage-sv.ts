import type { CatalogShape } from '../catalog-shape.js';
import type { cliUsageEn } from './cli-usage-en.js';

/** Kommandoradens användningsfel, på svenska (se cli-usage-en.ts). */
export const cliUsageSv: CatalogShape<typeof cliUsageEn> = {
  repeated: '{{flag}} anges mer än en gång; ange det en gång.',
  lang: '--lang måste vara en, de eller sv, inte ”{{value}}”.',
  unknownCommand: 'okänt kommando ”{{command}}”.',
  unexpected: 'oväntat argument ”{{value}}”.',
  needsFile: '{{flag}} behöver ett filnamn.',
  needsValue: '{{flag}} behöver ett värde.',
  notForPolicy: '{{flag}} gäller inte för ”homeline policy”.',
  notAnOption: '{{flag}} är inget alternativ för ”{{command}}”.',
  bundleOnlyPreview: '”homeline bundle” känner bara till ”preview”, inte ”{{value}}”.',
  commandNeedsFile: '”homeline {{command}}” behöver ett filnamn.',
  htmlOnlyView: '--html hör till ”homeline view BUNDLE”.',
  positive: '{{flag}} måste vara ett positivt tal, inte ”{{value}}”.',
  wholeDays: '--days måste vara ett helt antal dagar, inte ”{{value}}”.',
  speed: '{{flag}} måste vara en hastighet i Mbit/s över 0, inte {{value}}.',
  speedMax: '{{flag}} måste vara en hastighet i Mbit/s över 0 och högst {{max}}, inte {{value}}.',
  tooLong: '{{flag}} får vara högst {{max}} tecken långt, inte {{length}}.',
  ispSub: '”homeline isp” behöver set, show eller kit.',
  ispSubNot: '”homeline isp” behöver set, show eller kit, inte ”{{value}}”.',
  ispSetNeedsOne: '”homeline isp set” behöver minst ett av --name, --contract-down, --contract-up, --customer, --line.',
  format: '--format måste vara text, html eller pdf, inte ”{{value}}”.',
  pdfNeedsOut: '--format pdf behöver --out FIL.',
  interval: '--interval måste vara hela millisekunder från 200 till 60000, inte ”{{value}}”.',
  ticketNeedsBundle: '--bundle FIL krävs.',
  ticketNeedsTo: '--to CONNECTOR krävs (den hanterade policyn anger ingen helpdesk).',
};
