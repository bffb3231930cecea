import type { Translator } from '../../i18n/translator.js';
import type { OutboxItem } from './outbox-item.js';

/** One item's state as the user reads it: queued (and when next), sending, unconfirmed, sent with id/URL, failed with why. */
export function describeState(item: OutboxItem, t: Translator): string {
  switch (item.state) {
    case 'queued':
      return item.lastError ? t.t('tickets.state.queuedRetry', { when: item.nextAttemptAt, reason: item.lastError }) : t.t('tickets.state.queued');
    case 'sending':
      return t.t('tickets.state.sending');
    case 'unconfirmed':
      return t.t('ticketOutbox.state.unconfirmed', { when: item.nextAttemptAt, reason: item.lastError ?? '?' });
    case 'sent':
      return item.receipt?.url
        ? t.t('tickets.state.sentUrl', { id: item.receipt.id, url: item.receipt.url })
        : t.t('tickets.state.sent', { id: item.receipt?.id ?? item.id });
    case 'failed':
      return t.t(STATE_TEXT[failureOf(item)], { reason: item.lastError ?? '?' });
  }
}

/** Why an item failed, as its words choose it; see failureOf. */
export type Failure = 'setup' | 'maybe-filed' | 'gave-up' | 'internal' | 'refused';

/**
 * Which words a failed item gets: "not accepted" only when the help desk said no; a set-up problem
 * never reached it, and an item that may already be filed must not read as refused.
 */
export function failureOf(item: OutboxItem): Failure {
  if (item.problem === 'setup') return 'setup';
  if (item.unconfirmedSince !== undefined) return 'maybe-filed';
  if (item.problem === 'gave-up' || item.problem === 'internal') return item.problem;
  return 'refused';
}

const STATE_TEXT: Record<Failure, string> = {
  setup: 'ticketOutbox.state.failedSetup',
  'maybe-filed': 'ticketOutbox.state.maybeFiled',
  'gave-up': 'ticketOutbox.state.gaveUp',
  internal: 'ticketOutbox.state.internal',
  refused: 'tickets.state.failed',
};

/** An item as scripts read it (`outbox list --json`): everything but the bundle bytes. */
export function itemSummary(item: OutboxItem): Record<string, unknown> {
  const { draft, connector: _config, ...rest } = item;
  return { ...rest, subject: draft.subject, urgency: draft.urgency, attachment: draft.attachment.fileName, bundleBytes: Buffer.from(draft.attachment.base64, 'base64').length };
}
