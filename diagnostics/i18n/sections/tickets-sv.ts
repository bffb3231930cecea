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
  },
  secrets: {
    unsafeFile: 'Filen med inloggningsuppgiften {{file}} kan läsas av andra användare (läge {{mode}}). Kör chmod 600 {{file}} och byt gärna uppgiften.',
    unreadable: 'Kan inte läsa filen med inloggningsuppgiften {{file}}: {{reason}}',
    unavailable: 'Den här datorn kan inte lagra helpdeskens inloggningsuppgift säkert ({{reason}}).',
  },
};
