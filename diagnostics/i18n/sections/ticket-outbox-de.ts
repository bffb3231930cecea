import type { CatalogShape } from '../catalog-shape.js';
import type { ticketOutboxEn } from './ticket-outbox-en.js';

/** Texte des Postausgangs, wenn Homelines eigene Werkzeuge oder Einstellungen versagen. */
export const ticketOutboxDe: CatalogShape<typeof ticketOutboxEn> = {
  state: {
    unconfirmed: 'gesendet, nicht bestätigt: der Helpdesk hat es vielleicht; Homeline sieht um {{when}} nach, bevor es erneut sendet (zuletzt: {{reason}})',
    unconfirmedShort: 'gesendet, nicht bestätigt',
    failedSetup: 'nicht gesendet, die Einrichtung muss korrigiert werden: {{reason}}',
    gaveUp: 'nicht gesendet: Homeline hat es nach 7 Tagen aufgegeben ({{reason}})',
    maybeFiled: 'nicht bestätigt: der Helpdesk hat dieses Ticket vielleicht schon, Homeline konnte es nicht prüfen ({{reason}})',
    internal: 'nicht gesendet: {{reason}}',
  },
  cli: {
    unconfirmed: 'Der Helpdesk hat das Ticket vielleicht erhalten, aber seine Antwort war nicht lesbar ({{reason}}). Homeline sieht um {{when}} dort nach, bevor es erneut etwas sendet: nichts geht verloren, und es wird nicht doppelt eingereicht.',
    setup: 'Das Ticket wurde nicht gesendet; der Helpdesk wurde nicht kontaktiert. Beheben Sie: {{reason}} Starten Sie dann: homeline outbox retry {{id}}',
    gaveUp: 'Homeline hat nach 7 Tagen aufgehört, das Ticket zu senden: {{reason}}. Es bleibt im Postausgang; starten Sie: homeline outbox retry {{id}}',
    maybeFiled: 'Der Helpdesk hat dieses Ticket vielleicht schon (eine frühere Antwort war nicht lesbar), und Homeline konnte es nicht prüfen: {{reason}}. Sehen Sie beim Helpdesk nach, bevor Sie starten: homeline outbox retry {{id}}',
    missingCredential: 'Für den Helpdesk „{{name}}“ sind keine Zugangsdaten gespeichert, daher wurde nichts gesendet. Setzen Sie HOMELINE_HELPDESK_TOKEN, nennen Sie in HOMELINE_HELPDESK_TOKEN_FILE eine nur für Sie lesbare Datei oder speichern Sie sie als {{file}} (chmod 600) und starten Sie den Befehl erneut.',
    alreadySent: 'Dieses Paket liegt dem Helpdesk bereits als Ticket {{id}} vor; es wird nicht erneut eingereicht.',
    alreadyQueued: 'Dieses Paket ist bereits im Postausgang (seit {{createdAt}}); Homeline sendet dieses Ticket, nie ein zweites.',
    waitRetryAfter: 'Der Helpdesk hat Homeline gebeten, bis {{when}} zu warten; das Ticket bleibt bis dahin im Postausgang und wird einmal gesendet.',
    unknownIds: 'Im Postausgang gibt es kein Ticket {{ids}}. Die vorhandenen Tickets zeigt: homeline outbox list',
    alreadySentId: 'Ticket {{id}} wurde bereits gesendet ({{receipt}}); nichts zu wiederholen.',
    outboxUnwritable: 'In den Postausgang {{dir}} kann nicht geschrieben werden ({{code}}). Es wurde kein Ticket gesendet und nichts geht verloren: das Paket {{bundle}} ist unverändert. Machen Sie den Ordner beschreibbar oder setzen Sie HOMELINE_HOME auf einen beschreibbaren Ordner und starten Sie den Befehl erneut.',
    outboxUnwritableAfter: 'In den Postausgang {{dir}} kann nicht geschrieben werden ({{code}}), daher konnte der Stand der Tickets nicht festgehalten werden. Nichts geht verloren: ein Ticket, das den Helpdesk erreicht hat, wird dort nachgeschlagen, bevor es je erneut gesendet wird. Machen Sie den Ordner beschreibbar oder setzen Sie HOMELINE_HOME und starten Sie: homeline outbox send',
    outboxUnreadable: 'Der Postausgang {{dir}} ist nicht lesbar ({{code}}). Kein Ticket wurde verändert. Machen Sie den Ordner lesbar oder setzen Sie HOMELINE_HOME und starten Sie den Befehl erneut.',
    summary: 'Postausgang: {{sent}} gesendet, {{waiting}} wartend, {{failed}} brauchen Sie.',
  },
};
