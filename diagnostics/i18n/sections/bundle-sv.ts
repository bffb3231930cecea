import { bundleSafetyErrorsSv } from './bundle-safety-sv.js';
import type { CatalogShape } from '../catalog-shape.js';
import type { bundleEn } from './bundle-en.js';

/** Diagnospaketets texter på svenska. */
export const bundleSv: CatalogShape<typeof bundleEn> = {
  html: {
    title: 'Homelines anslutningsrapport',
    checkedAt: 'Kontrollerad {{date}} på {{seconds}} s.',
    software: 'Homeline {{version}} på {{os}} {{release}} ({{arch}})',
    probes: 'Kontroller',
    probe: 'Kontroll',
    status: 'Resultat',
    duration: 'Tid',
    note: 'Anmärkning',
    statusName: { ok: 'ok', warn: 'varning', fail: 'misslyckades', skipped: 'hoppades över', error: 'kunde inte köras' },
    raw: 'Kommandoutdata som resultatet bygger på',
    exitCode: 'slutkod {{code}}',
    history: 'Tidigare kontroller',
    historyAt: 'När',
    historySegment: 'Var problemet låg',
    historyFigures: 'Mätvärden',
    privacy: 'Integritet',
    redacted: 'Innan rapporten lämnade datorn ersatte Homeline hårdvaruadresser ({{hardwareIds}}), publika IPv4- ({{ipv4}}) och IPv6-adresser ({{ipv6}}), användar- och datornamn ({{identity}}) och wifi-namn ({{ssids}}).',
    notRedacted: 'Rapporten skrevs utan maskering.',
  },
  cli: {
    written: 'Diagnospaketet har skrivits: {{path}}',
    writeFailed: 'Diagnospaketet {{path}} kunde inte skrivas: {{message}}',
    readFailed: '{{path}} kunde inte läsas: {{message}}',
    previewHeader: 'Detta är exakt vad paketet innehåller ({{count}} filer, maskerade). Inget har skickats.',
    previewEntry: '=== {{path}} ({{bytes}} byte) ===',
    notReport: '{{path}} är varken ett Homeline-paket eller en Homeline-rapport (--json).',
    htmlWritten: 'HTML-rapporten har skrivits: {{path}}',
    help: [
      '       homeline bundle preview FIL   visa vad ett paket (eller ett paket gjort av en --json-rapport) innehåller',
      '       homeline view PAKET [--html FIL]   visa ett pakets resultat; --html skriver en fristående rapport, skapad på nytt från dess report.json',
    ],
  },
  error: {
    'not-a-zip': '{{file}} är inte ett Homeline-paket: det är ingen zip-fil.',
    truncated: '{{file}} är ofullständig: slutet av filen saknas. Kopiera eller ladda ned den igen.',
    corrupt: '{{file}} är skadad och kan inte packas upp ({{detail}}).',
    foreign: '{{file}} är en zip-fil men inget Homeline-paket.',
    'newer-version': '{{file}} skrevs av en nyare Homeline ({{detail}}). Uppdatera Homeline för att öppna den.',
    'invalid-manifest': '{{file}} har ett skadat manifest ({{detail}}).',
    'missing-entry': 'I {{file}} saknas {{detail}}, som manifestet listar.',
    'unexpected-entry': '{{file}} innehåller {{detail}}, som manifestet inte listar.',
    'hash-mismatch': '{{file}} har ändrats efter att den skrevs: {{detail}} stämmer inte med sin kontrollsumma.',
    'invalid-report': '{{file}} innehåller en skadad rapport ({{detail}}).',
    'too-large': '{{file}} blir större än {{detail}} uppackad; Homeline öppnar den inte.',
    ...bundleSafetyErrorsSv,
  },
};
