import type { CatalogShape } from '../catalog-shape.js';
import type { historyEn, historyEvidenceEn, historyFindingsEn } from './history-en.js';

/** Historikmönster och texterna för kommandona history och isp på svenska (se history-en.ts). */
export const historyFindingsSv: CatalogShape<typeof historyFindingsEn> = {
  'time-of-day-pattern': {
    title: 'Din linje tappar data vid samma tid på dygnet',
    steps: [
      'Kör en kontroll medan det händer, så att samtalsstödet hänvisar till en färsk mätning.',
      'Ring din internetleverantör och nämn tiden på dygnet: Homeline har förberett vad du kan säga.',
      'Tills det är åtgärdat, lägg videomöten utanför de tiderna, eller använd kabel i stället för wifi.',
    ],
  },
  'weekday-pattern': {
    title: 'Din linje tappar data samma veckodag',
    steps: [
      'Kör en kontroll medan det händer, så att samtalsstödet hänvisar till en färsk mätning.',
      'Ring din internetleverantör och nämn veckodagen: Homeline har förberett vad du kan säga.',
    ],
  },
};

export const historyEvidenceSv: CatalogShape<typeof historyEvidenceEn> = {
  historyTimeOfDay: '{{bad}} av de senaste {{days}} dagarna försvann {{loss}} % av paketen bortom routern mellan {{from}} och {{to}}.',
  historyWeekday: '{{bad}} av de senaste {{days}} {{weekday}} försvann {{loss}} % av paketen bortom routern.',
};

export const historySv: CatalogShape<typeof historyEn> = {
  weekdays: { 0: 'söndagarna', 1: 'måndagarna', 2: 'tisdagarna', 3: 'onsdagarna', 4: 'torsdagarna', 5: 'fredagarna', 6: 'lördagarna' },
  title: 'Kontrollhistorik, senaste {{days}} dagarna',
  empty: 'Inga kontroller har sparats de senaste {{days}} dagarna.',
  columns: { when: 'När', verdict: 'Resultat', gateway: 'Router', internet: 'Internet', speed: 'Ned/upp' },
  ms: '{{ms}} ms',
  mbps: '{{down}}/{{up}} Mbit/s',
  patterns: 'Mönster',
  noPatterns: 'Inget återkommande mönster än.',
  corrupt: 'Kontrollhistoriken ({{file}}) var skadad. Den sparades som {{movedTo}} och en ny historik påbörjades.',
  locked: 'Kontrollhistoriken ({{file}}) används av ett annat program; den här kontrollen lades inte till ({{detail}}).',
  unavailable: 'Kontrollhistoriken ({{file}}) går inte att använda: {{detail}}. Den här kontrollen lades inte till.',
  writeFailed: 'Den här kontrollen kunde inte läggas till i historiken: {{detail}}',
  settingsBroken: 'Dina inställningar ({{file}}) gick inte att läsa ({{detail}}). De sparades som {{keptAt}}; standardvärden gäller.',
  settingsUnreadable: 'Dina inställningar ({{file}}) gick inte att läsa ({{detail}}); standardvärden gäller.',
  ispSaved: 'Sparat. Homeline hänvisar till de här uppgifterna när du ringer din leverantör.',
  ispShow: [
    'Internetleverantör: {{name}}',
    'Hastighet enligt avtal: {{down}} Mbit/s ned, {{up}} Mbit/s upp',
    'Kundnummer: {{customer}}',
    'Linje-ID: {{line}}',
  ],
  notSet: 'inte angivet',
  noCheck: 'Ingen kontroll har sparats än: kör ”homeline check” först.',
  kitWritten: 'Samtalsstödet skrevs till {{file}}.',
};
