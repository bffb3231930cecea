/** Texts of help-desk tickets and the outbox (the ticket body, item states, the ticket/outbox commands). */
export const ticketsEn = {
  body: {
    subject: 'Homeline: {{headline}}',
    verdict: 'Where the problem is: {{owner}}. {{summary}}',
    steps: 'What to do:',
    checked: 'Checked at {{startedAt}} on {{os}}.',
    attached: 'The diagnostic bundle {{file}} is attached.',
  },
  state: {
    queued: 'waiting to be sent',
    queuedRetry: 'waiting, next try at {{when}} (last try: {{reason}})',
    sending: 'being sent',
    sent: 'sent as ticket {{id}}',
    sentUrl: 'sent as ticket {{id}}: {{url}}',
    failed: 'not accepted: {{reason}}',
  },
  cli: {
    sent: 'The help desk has your ticket {{id}}.',
    emailDraft: 'Your mail program has the ticket as a draft: check it and press Send. The draft is saved as {{file}}.',
    openAt: 'Open it: {{url}}',
    queued: 'The ticket could not be sent yet and is kept in the outbox ({{reason}}). Homeline tries again at {{when}}; nothing is lost.',
    failed: 'The help desk did not accept the ticket: {{reason}}. It stays in the outbox; fix the cause and run: homeline outbox retry {{id}}',
    busy: 'Another Homeline is sending this ticket right now.',
    empty: 'The outbox is empty.',
    broken: 'Cannot read {{file}}: {{reason}} (left untouched).',
    requeued: 'Tickets queued again: {{count}}.',
    nothingDue: 'No ticket is due to be sent.',
    usageError: 'Usage error: {{message}}',
  },
  secrets: {
    unsafeFile: 'The credential file {{file}} can be read by other users (mode {{mode}}). Run chmod 600 {{file}} and consider replacing the credential.',
    unreadable: 'Cannot read the credential file {{file}}: {{reason}}',
    unavailable: 'This computer cannot store the help-desk credential securely ({{reason}}).',
  },
} as const;
