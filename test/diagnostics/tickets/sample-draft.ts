import { randomUUID } from 'node:crypto';
import type { TicketDraft } from '../../../diagnostics/tickets/ticket.js';
import { sampleBundleBytes } from './sample-bundle.js';

/** A ticket as draftFromReport makes it, with a fresh idempotency key unless one is given. */
export function sampleDraft(overrides: Partial<TicketDraft> = {}): TicketDraft {
  const key = overrides.idempotencyKey ?? randomUUID();
  return {
    idempotencyKey: key,
    subject: 'Homeline: Your internet provider is losing packets',
    description: `Where the problem is: your internet provider.\n\nHomeline-Ticket: ${key}`,
    segment: 'isp',
    category: 'Network',
    urgency: 'medium',
    attachment: { fileName: 'homeline-bundle.zip', contentType: 'application/zip', bytes: sampleBundleBytes() },
    ...overrides,
  };
}
