import type { CatalogShape } from '../catalog-shape.js';
import type { ticketOutboxEn } from './ticket-outbox-en.js';

/** Texter för utkorgen när Homelines egna verktyg eller inställningar fallerar. */
export const ticketOutboxSv: CatalogShape<typeof ticketOutboxEn> = {
  state: {
    unconfirmed: 'skickat, inte bekräftat: helpdesken kan ha det; Homeline kontrollerar {{when}} innan något skickas igen (senast: {{reason}})',
    unconfirmedShort: 'skickat, inte bekräftat',
    failedSetup: 'inte skickat, inställningen behöver rättas: {{reason}}',
    gaveUp: 'inte skickat: Homeline slutade försöka efter 7 dagar ({{reason}})',
    maybeFiled: 'inte bekräftat: helpdesken kan redan ha detta ärende, Homeline kunde inte kontrollera ({{reason}})',
    internal: 'inte skickat: {{reason}}',
  },
  cli: {
    unconfirmed: 'Helpdesken kan ha tagit emot ärendet, men dess svar gick inte att läsa ({{reason}}). Homeline kontrollerar {{when}} innan något skickas igen: inget går förlorat och ärendet registreras inte två gånger.',
    setup: 'Ärendet skickades inte; helpdesken kontaktades inte. Rätta detta: {{reason}} Kör sedan: homeline outbox retry {{id}}',
    gaveUp: 'Homeline slutade försöka skicka ärendet efter 7 dagar: {{reason}}. Det ligger kvar i utkorgen; kör: homeline outbox retry {{id}}',
    maybeFiled: 'Helpdesken kan redan ha detta ärende (ett tidigare svar gick inte att läsa), och Homeline kunde inte kontrollera: {{reason}}. Sök efter det hos helpdesken innan du kör: homeline outbox retry {{id}}',
    missingCredential: 'Inga inloggningsuppgifter finns sparade för helpdesken ”{{name}}”, så inget skickades. Sätt HOMELINE_HELPDESK_TOKEN, ange en fil som bara du kan läsa i HOMELINE_HELPDESK_TOKEN_FILE eller spara dem som {{file}} (chmod 600) och kör kommandot igen.',
    alreadySent: 'Det här paketet finns redan hos helpdesken som ärende {{id}}; det registreras inte igen.',
    alreadyQueued: 'Det här paketet ligger redan i utkorgen (sedan {{createdAt}}); Homeline skickar det ärendet, aldrig ett andra.',
    waitRetryAfter: 'Helpdesken bad Homeline vänta till {{when}}; ärendet ligger kvar i utkorgen till dess och skickas en gång.',
    unknownIds: 'Utkorgen har inget ärende {{ids}}. Visa de ärenden den har med: homeline outbox list',
    alreadySentId: 'Ärende {{id}} är redan skickat ({{receipt}}); inget att försöka igen.',
    outboxUnwritable: 'Det går inte att skriva till utkorgen {{dir}} ({{code}}). Inget ärende skickades och inget går förlorat: paketet {{bundle}} är oförändrat. Gör mappen skrivbar, eller sätt HOMELINE_HOME till en skrivbar mapp, och kör kommandot igen.',
    outboxUnwritableAfter: 'Det går inte att skriva till utkorgen {{dir}} ({{code}}), så ärendenas läge kunde inte sparas. Inget går förlorat: ett ärende som nådde helpdesken slås upp där innan det någonsin skickas igen. Gör mappen skrivbar, eller sätt HOMELINE_HOME, och kör: homeline outbox send',
    outboxUnreadable: 'Det går inte att läsa utkorgen {{dir}} ({{code}}). Inget ärende ändrades. Gör mappen läsbar, eller sätt HOMELINE_HOME, och kör kommandot igen.',
    summary: 'Utkorg: {{sent}} skickade, {{waiting}} väntar, {{failed}} behöver dig.',
  },
};
