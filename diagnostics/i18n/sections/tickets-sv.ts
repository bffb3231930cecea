import type { CatalogShape } from '../catalog-shape.js';
import type { ticketsEn } from './tickets-en.js';

/** Texter för helpdesk-ärenden och utkorgen. */
export const ticketsSv: CatalogShape<typeof ticketsEn> = {
  body: {
    subject: 'Homeline: {{headline}}',
    verdict: 'Var problemet finns: {{owner}}. {{summary}}',
    steps: 'Vad du kan göra:',
    checked: 'Kontrollerat {{startedAt}} på {{os}}.',
    attached: 'Diagnospaketet {{file}} är bifogat.',
  },
  state: {
    queued: 'väntar på att skickas',
    queuedRetry: 'väntar, nästa försök {{when}} (senaste försöket: {{reason}})',
    sending: 'skickas',
    sent: 'skickat som ärende {{id}}',
    sentUrl: 'skickat som ärende {{id}}: {{url}}',
    failed: 'inte godtaget: {{reason}}',
  },
  cli: {
    sent: 'Helpdesken har ditt ärende {{id}}.',
    emailDraft: 'Ditt e-postprogram har ärendet som utkast: kontrollera det och tryck på Skicka. Utkastet är sparat som {{file}}.',
    openAt: 'Öppna det: {{url}}',
    queued: 'Ärendet kunde inte skickas än och ligger kvar i utkorgen ({{reason}}). Homeline försöker igen {{when}}; inget går förlorat.',
    failed: 'Helpdesken godtog inte ärendet: {{reason}}. Det ligger kvar i utkorgen; åtgärda orsaken och kör: homeline outbox retry {{id}}',
    busy: 'En annan Homeline skickar just det här ärendet.',
    empty: 'Utkorgen är tom.',
    broken: 'Kan inte läsa {{file}}: {{reason}} (lämnad orörd).',
    requeued: 'Ärenden köade igen: {{count}}.',
    nothingDue: 'Inget ärende ska skickas nu.',
    usageError: 'Fel i kommandot: {{message}}',
    help: [
      'Användning: homeline ticket --bundle FIL --to KOPPLING [--config FIL] [--lang en|de|sv]',
      '            homeline outbox [list|send|retry [ID…]] [--json] [--lang en|de|sv]',
      '',
      'ticket lämnar in paketet hos den helpdesk som KOPPLING namnger i konfigurationsfilen',
      '(standard: helpdesk.json i Homelines datamapp). Ett ärende som inte kan skickas nu väntar i',
      'utkorgen och skickas senare, exakt en gång.',
      '',
      '  outbox list    visa alla ärenden och deras läge',
      '  outbox send    skicka de ärenden vars nästa försök är dags',
      '  outbox retry   försök igen nu med misslyckade och väntande ärenden (alla eller angivna ID)',
      '',
      'Inloggningsuppgiften hämtas från HOMELINE_HELPDESK_TOKEN, från filen som HOMELINE_HELPDESK_TOKEN_FILE',
      'anger eller från secrets/KOPPLING i datamappen; filen får bara vara läsbar för dig (chmod 600).',
      '',
      'Slutkoder: 0 skickat (outbox send/retry: inget väntar eller misslyckades), 1 inte accepterat eller uppgivet (rätta, sedan outbox retry), 2 fel i kommandot eller inställningen (inget skickades), 75 sparat för ett senare försök (väntar eller ännu inte bekräftat).',
    ],
  },
  secrets: {
    unsafeFile: 'Filen med inloggningsuppgiften {{file}} kan läsas av andra användare (läge {{mode}}). Kör chmod 600 {{file}} och byt gärna uppgiften.',
    unreadable: 'Kan inte läsa filen med inloggningsuppgiften {{file}}: {{reason}}',
    unavailable: 'Den här datorn kan inte lagra helpdeskens inloggningsuppgift säkert ({{reason}}).',
  },
};
