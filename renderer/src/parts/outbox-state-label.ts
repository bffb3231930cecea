import type { Texts } from '../i18n/texts.js';

/**
 * The short label of an outbox item's state. "Sent, not confirmed" has its own words (the
 * ticket-outbox texts): the help desk may have the ticket, so it must not read as "Not sent".
 */
export function outboxStateLabel(tx: Texts, state: string): string {
  return state === 'unconfirmed' ? tx.t('ticketOutbox.state.unconfirmedShort') : tx.t(`app.helpdesk.state.${state}`);
}
