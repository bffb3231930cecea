import type { ConnectorConfig } from '../connector-config.js';
import type { TicketDraft } from '../ticket.js';
import type { OutboxItem } from './outbox-item.js';
import { enqueueOnce, requeue, sendItem, type OutboxDeps } from './outbox.js';
import { OutboxStoreError } from './outbox-store.js';

/** What filing a ticket came to. */
export type Submitted =
  /**
   * One attempt ran: `item` as it ended (undefined: another process holds it and sends it), `found`
   * the item as the outbox had it before, `fresh` when it was new.
   */
  | { readonly kind: 'attempted'; readonly item: OutboxItem | undefined; readonly found: OutboxItem; readonly fresh: boolean }
  /** The same bundle already went to this help desk: nothing was sent. */
  | { readonly kind: 'already-sent'; readonly item: OutboxItem }
  /** Already in the outbox, and the help desk asked to wait (Retry-After): nothing was sent now. */
  | { readonly kind: 'waiting'; readonly item: OutboxItem };

/**
 * Files a ticket through the outbox, once per idempotency key: a new ticket is queued and tried; the
 * same bundle for the same help desk again (after a crash, while it waits, a second click) reuses
 * the outbox item: sent ⇒ reported, nothing sent; waiting ⇒ that item is tried (its attempt looks
 * the ticket up first), unless the help desk asked to wait; failed ⇒ tried again with the
 * connector configuration as it is now (the user may have fixed it).
 */
export async function submitTicket(deps: OutboxDeps, connectorName: string, connector: ConnectorConfig, draft: TicketDraft): Promise<Submitted> {
  const now = (deps.now ?? Date.now)();
  const { item, created } = await enqueueOnce(deps, connectorName, connector, draft);
  return afterQueued(async () => {
    if (created) return { kind: 'attempted', item: await sendItem(deps, item.id), found: item, fresh: true };
    if (item.state === 'sent') return { kind: 'already-sent', item };
    if (item.state === 'failed') {
      await deps.store.save({ ...item, connectorName, connector });
      await requeue(deps, [item.id]);
    } else if (item.notBefore !== undefined && Date.parse(item.notBefore) > now) {
      return { kind: 'waiting', item };
    }
    return { kind: 'attempted', item: await sendItem(deps, item.id), found: item, fresh: false };
  });
}

/** Marks outbox failures after the ticket was queued: the ticket is safe, a send may not be recorded. */
async function afterQueued<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof OutboxStoreError) throw new OutboxStoreError(e.dir, e.operation, e.code, true);
    throw e;
  }
}
