import { z } from 'zod';
import { segmentSchema } from '../../schema/report.js';
import { connectorConfigSchema } from '../connector-config.js';
import type { TicketDraft } from '../ticket.js';

/**
 * Where a ticket is on its way to the help desk. `unconfirmed`: an attempt may have filed it (a 2xx
 * whose answer could not be read, a filing request that got no answer, a sender that died
 * mid-send); the next attempt looks it up before filing anything.
 */
export const outboxStateSchema = z.enum(['queued', 'sending', 'unconfirmed', 'sent', 'failed']);
export type OutboxState = z.infer<typeof outboxStateSchema>;

/** Items the automatic retries take: waiting to be sent, or sent but not yet confirmed. */
export function awaitsAttempt(item: { readonly state: OutboxState }): boolean {
  return item.state === 'queued' || item.state === 'unconfirmed';
}

/**
 * One ticket in the outbox, as stored (one JSON file per ticket). It carries everything a retry
 * needs without the original files: the draft with the bundle bytes (base64), and a snapshot of the
 * connector configuration (never the credential), so that a retry files at the same help desk.
 */
export const outboxItemSchema = z.object({
  version: z.literal(1),
  /** Also the idempotency key sent to the help desk. */
  id: z.string().min(1),
  connectorName: z.string().min(1),
  connector: connectorConfigSchema,
  draft: z.object({
    subject: z.string(),
    description: z.string(),
    segment: segmentSchema,
    category: z.string().optional(),
    urgency: z.enum(['high', 'medium', 'low']),
    attachment: z.object({ fileName: z.string().min(1), contentType: z.string().min(1), base64: z.string() }),
  }),
  state: outboxStateSchema,
  attempts: z.number().int().nonnegative(),
  createdAt: z.iso.datetime(),
  /** When the next automatic attempt may start (queued items). */
  nextAttemptAt: z.iso.datetime(),
  lastAttemptAt: z.iso.datetime().optional(),
  /** The help desk said not before this (Retry-After): even "the network is back" waits for it. */
  notBefore: z.iso.datetime().optional(),
  /** Why the last attempt did not work (queued: will retry; failed: needs the user). */
  lastError: z.string().optional(),
  /**
   * Why a failed item failed: `setup` Homeline's own configuration (no credential, an unusable
   * address; the help desk was never asked), `refused` the help desk said no, `gave-up` seven days
   * of transient failures, `internal` a bug. Absent in items written before it existed.
   */
  problem: z.enum(['setup', 'refused', 'gave-up', 'internal']).optional(),
  /** Since when an attempt may have filed the ticket without Homeline seeing the answer; cleared once confirmed. */
  unconfirmedSince: z.iso.datetime().optional(),
  receipt: z.object({ id: z.string(), url: z.string().optional() }).optional(),
  sentAt: z.iso.datetime().optional(),
  /** When the user last asked to try again; automatic retries give up 7 days after this (or createdAt). */
  requeuedAt: z.iso.datetime().optional(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;

/** The draft of an item, with the bundle bytes decoded, ready for a connector. */
export function draftOf(item: OutboxItem): TicketDraft {
  const d = item.draft;
  return {
    idempotencyKey: item.id,
    subject: d.subject,
    description: d.description,
    segment: d.segment,
    ...(d.category !== undefined ? { category: d.category } : {}),
    urgency: d.urgency,
    attachment: { fileName: d.attachment.fileName, contentType: d.attachment.contentType, bytes: new Uint8Array(Buffer.from(d.attachment.base64, 'base64')) },
  };
}
