import type { TicketDraft, TicketReceipt } from './ticket.js';

/**
 * One help desk. `file` must be idempotent per `draft.idempotencyKey`: when an earlier attempt
 * already filed the ticket (the process died before it heard the answer), it returns that ticket
 * instead of filing a second one. It throws TransientSendError or PermanentSendError on failure.
 */
export interface Connector {
  readonly kind: string;
  file(draft: TicketDraft): Promise<TicketReceipt>;
}
