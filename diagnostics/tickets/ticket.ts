import type { Segment } from '../schema/report.js';

/** How pressing a ticket is, in Homeline's own terms; each connector maps it to its help desk's scale. */
export type Urgency = 'high' | 'medium' | 'low';

/** The bundle as it travels with a ticket: the exact bytes the user saved, under its file name. */
export interface TicketAttachment {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** One ticket, help-desk neutral: what every connector turns into its own request. */
export interface TicketDraft {
  /** Stable for the ticket's whole life: retries use it so that a help desk never gets it twice. */
  readonly idempotencyKey: string;
  readonly subject: string;
  readonly description: string;
  readonly segment: Segment;
  /** The help desk's category for the segment (from the connector configuration), if one is set. */
  readonly category?: string;
  readonly urgency: Urgency;
  readonly attachment: TicketAttachment;
}

/** What a help desk answered: its own ticket number and, where it has one, a link a person can open. */
export interface TicketReceipt {
  readonly id: string;
  readonly url?: string;
}

/** The marker line every ticket carries, so that a retry can find a ticket filed by an earlier attempt. */
export function idempotencyMarker(key: string): string {
  return `Homeline-Ticket: ${key}`;
}
