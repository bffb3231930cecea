import type { CatalogShape } from '../catalog-shape.js';
import type { ticketsEn } from './tickets-en.js';

/** Texte der Helpdesk-Tickets und des Postausgangs. */
export const ticketsDe: CatalogShape<typeof ticketsEn> = {
  body: {
    subject: 'Homeline: {{headline}}',
    verdict: 'Wo das Problem liegt: {{owner}}. {{summary}}',
    steps: 'Was zu tun ist:',
    checked: 'Geprüft am {{startedAt}} auf {{os}}.',
    attached: 'Das Diagnosepaket {{file}} ist angehängt.',
  },
  state: {
    queued: 'wartet auf den Versand',
    queuedRetry: 'wartet, nächster Versuch um {{when}} (letzter Versuch: {{reason}})',
    sending: 'wird gesendet',
    sent: 'gesendet als Ticket {{id}}',
    sentUrl: 'gesendet als Ticket {{id}}: {{url}}',
    failed: 'nicht angenommen: {{reason}}',
  },
  cli: {
    sent: 'Der Helpdesk hat Ihr Ticket {{id}}.',
    emailDraft: 'Ihr Mailprogramm hat das Ticket als Entwurf geöffnet: prüfen Sie ihn und klicken Sie auf Senden. Der Entwurf ist gespeichert als {{file}}.',
    openAt: 'Öffnen: {{url}}',
    queued: 'Das Ticket konnte noch nicht gesendet werden und bleibt im Postausgang ({{reason}}). Homeline versucht es um {{when}} erneut; nichts geht verloren.',
    failed: 'Der Helpdesk hat das Ticket nicht angenommen: {{reason}}. Es bleibt im Postausgang; beheben Sie die Ursache und starten Sie: homeline outbox retry {{id}}',
    busy: 'Ein anderes Homeline sendet dieses Ticket gerade.',
    empty: 'Der Postausgang ist leer.',
    broken: '{{file}} ist nicht lesbar: {{reason}} (unverändert gelassen).',
    requeued: 'Erneut eingereihte Tickets: {{count}}.',
    nothingDue: 'Kein Ticket ist zum Senden fällig.',
    usageError: 'Aufruffehler: {{message}}',
    help: [
      'Aufruf: homeline ticket --bundle DATEI --to CONNECTOR [--config DATEI] [--lang en|de|sv]',
      '        homeline outbox [list|send|retry [ID…]] [--json] [--lang en|de|sv]',
      '',
      'ticket reicht das Paket beim Helpdesk ein, den CONNECTOR in der Konfigurationsdatei benennt',
      '(Standard: helpdesk.json im Datenordner von Homeline). Ein Ticket, das jetzt nicht gesendet werden',
      'kann, wartet im Postausgang und wird später gesendet, genau einmal.',
      '',
      '  outbox list    alle Tickets und ihren Stand zeigen',
      '  outbox send    die Tickets senden, deren nächster Versuch fällig ist',
      '  outbox retry   fehlgeschlagene und wartende Tickets jetzt erneut versuchen (alle oder die IDs)',
      '',
      'Die Zugangsdaten kommen aus HOMELINE_HELPDESK_TOKEN, aus der Datei, die HOMELINE_HELPDESK_TOKEN_FILE',
      'nennt, oder aus secrets/CONNECTOR im Datenordner; die Datei darf nur für Sie lesbar sein (chmod 600).',
      '',
      'Rückgabewerte: 0 gesendet (outbox send/retry: nichts wartet oder ist fehlgeschlagen), 1 nicht angenommen oder aufgegeben (beheben, dann outbox retry), 2 Aufruf- oder Einrichtungsfehler (nichts gesendet), 75 für später aufbewahrt (wartend oder noch nicht bestätigt).',
    ],
  },
  secrets: {
    unsafeFile: 'Die Datei mit den Zugangsdaten {{file}} ist für andere Benutzer lesbar (Modus {{mode}}). Führen Sie chmod 600 {{file}} aus und ersetzen Sie die Zugangsdaten gegebenenfalls.',
    unreadable: 'Die Datei mit den Zugangsdaten {{file}} ist nicht lesbar: {{reason}}',
    unavailable: 'Dieser Computer kann die Helpdesk-Zugangsdaten nicht sicher speichern ({{reason}}).',
  },
};
