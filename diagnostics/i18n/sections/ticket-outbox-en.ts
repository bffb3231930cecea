/**
 * Texts of the outbox when Homeline's own tools or set-up fail: a ticket the help desk may have but
 * did not confirm, a set-up problem that never reached the help desk, a bundle filed again, an
 * outbox folder that cannot be written, and the outbox's exit codes.
 */
export const ticketOutboxEn = {
  state: {
    unconfirmed: 'sent, not confirmed: the help desk may have it; Homeline looks it up at {{when}} before sending anything again (last: {{reason}})',
    unconfirmedShort: 'sent, not confirmed',
    failedSetup: 'not sent, the set-up needs fixing: {{reason}}',
    gaveUp: 'not sent: Homeline stopped trying after 7 days ({{reason}})',
    maybeFiled: 'not confirmed: the help desk may already have this ticket, Homeline could not check ({{reason}})',
    internal: 'not sent: {{reason}}',
  },
  cli: {
    unconfirmed: 'The help desk may have received the ticket, but its answer could not be read ({{reason}}). Homeline looks it up at {{when}} before sending anything again: nothing is lost and it is not filed twice.',
    setup: 'The ticket was not sent; the help desk was not contacted. Fix this: {{reason}} Then run: homeline outbox retry {{id}}',
    gaveUp: 'Homeline stopped trying to send the ticket after 7 days: {{reason}}. It stays in the outbox; run: homeline outbox retry {{id}}',
    maybeFiled: 'The help desk may already have this ticket (an earlier answer could not be read), and Homeline could not check: {{reason}}. Look for it at the help desk before running: homeline outbox retry {{id}}',
    missingCredential: 'No credential is stored for the help desk "{{name}}", so nothing was sent. Set HOMELINE_HELPDESK_TOKEN, name a file only you can read in HOMELINE_HELPDESK_TOKEN_FILE, or save it as {{file}} (chmod 600), then run the command again.',
    alreadySent: 'This bundle is already at the help desk as ticket {{id}}; it is not filed again.',
    alreadyQueued: 'This bundle is already in the outbox (since {{createdAt}}); Homeline sends that ticket, never a second one.',
    waitRetryAfter: 'The help desk asked Homeline to wait until {{when}}; the ticket stays in the outbox until then and is sent once.',
    unknownIds: 'The outbox has no ticket {{ids}}. See the tickets it has with: homeline outbox list',
    alreadySentId: 'Ticket {{id}} was already sent ({{receipt}}); nothing to retry.',
    outboxUnwritable: 'Cannot write to the outbox folder {{dir}} ({{code}}). No ticket was sent and nothing is lost: the bundle {{bundle}} is unchanged. Make the folder writable, or set HOMELINE_HOME to a writable folder, and run the command again.',
    outboxUnwritableAfter: 'Cannot write to the outbox folder {{dir}} ({{code}}), so the state of the tickets could not be recorded. Nothing is lost: a ticket that reached the help desk is looked up there before it is ever sent again. Make the folder writable, or set HOMELINE_HOME, and run: homeline outbox send',
    outboxUnreadable: 'Cannot read the outbox folder {{dir}} ({{code}}). No ticket was changed. Make the folder readable, or set HOMELINE_HOME, and run the command again.',
    summary: 'Outbox: {{sent}} sent, {{waiting}} waiting, {{failed}} need you.',
  },
} as const;
