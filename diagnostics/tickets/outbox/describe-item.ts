import type { Translator } from '../../i18n/translator.js';
import type { OutboxItem } from './outbox-item.js';

/** One item's state as the user reads it: queued (and when next), sending, sent with id/URL, failed with why. */
export function describeState(item: OutboxItem, t: Translator): string {
  switch (item.state) {
    case 'queued':
      return item.lastError ? t.t('tickets.state.queuedRetry', { when: item.nextAttemptAt, reason: item.lastError }) : t.t('tickets.state.queued');
    case 'sending':
      return t.t('tickets.state.sending');
    case 'sent':
      return item.receipt?.url
        ? t.t('tickets.state.sentUrl', { id: item.receipt.id, url: item.receipt.url })
        : t.t('tickets.state.sent', { id: item.receipt?.id ?? item.id });
    case 'failed':
      return t.t('tickets.state.failed', { reason: item.lastError ?? '?' });
  }
}

/** An item as scripts read it (`outbox list --json`): everything but the bundle bytes. */
export function itemSummary(item: OutboxItem): Record<string, unknown> {
  const { draft, connector: _config, ...rest } = item;
  return { ...rest, subject: draft.subject, urgency: draft.urgency, attachment: draft.attachment.fileName, bundleBytes: Buffer.from(draft.attachment.base64, 'base64').length };
}
