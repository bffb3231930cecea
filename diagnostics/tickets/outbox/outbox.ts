import type { Connector } from '../connector.js';
import type { ConnectorConfig } from '../connector-config.js';
import { PermanentSendError, TransientSendError } from '../send-errors.js';
import type { TicketDraft } from '../ticket.js';
import { DEFAULT_BACKOFF, nextDelayMs, type BackoffPolicy } from './backoff.js';
import { draftOf, type OutboxItem } from './outbox-item.js';
import type { OutboxStore } from './outbox-store.js';

/** Builds the connector for an item (reading its credential); may throw PermanentSendError. */
export type ConnectorFactory = (name: string, config: ConnectorConfig) => Promise<Connector>;

export interface OutboxDeps {
  readonly store: OutboxStore;
  readonly connectorFor: ConnectorFactory;
  readonly now?: () => number;
  readonly random?: () => number;
  readonly backoff?: BackoffPolicy;
  /** Called after every state change, so a UI can show each item as it moves. */
  readonly onChange?: (item: OutboxItem) => void;
}

/** Transient failures stop being retried automatically after this long; the user can still retry. */
const GIVE_UP_AFTER_MS = 7 * 24 * 3600_000;

/**
 * Puts a ticket in the outbox before anything goes on the network: from this moment it survives
 * crashes, restarts and a missing network. Its id is the draft's idempotency key.
 */
export async function enqueue(deps: OutboxDeps, connectorName: string, connector: ConnectorConfig, draft: TicketDraft): Promise<OutboxItem> {
  const now = new Date((deps.now ?? Date.now)()).toISOString();
  const a = draft.attachment;
  const item: OutboxItem = {
    version: 1,
    id: draft.idempotencyKey,
    connectorName,
    connector,
    draft: {
      subject: draft.subject,
      description: draft.description,
      segment: draft.segment,
      ...(draft.category !== undefined ? { category: draft.category } : {}),
      urgency: draft.urgency,
      attachment: { fileName: a.fileName, contentType: a.contentType, base64: Buffer.from(a.bytes).toString('base64') },
    },
    state: 'queued',
    attempts: 0,
    createdAt: now,
    nextAttemptAt: now,
  };
  await deps.store.save(item);
  deps.onChange?.(item);
  return item;
}

/**
 * One attempt at one item: claim it, record `sending`, file it, record the outcome. Returns the
 * item's new state, or undefined when another process holds it or it is already sent. The
 * `sending` record lets a crash be recognised later; the connector's idempotency makes the retry
 * of an interrupted attempt find the ticket instead of filing it twice.
 */
export async function sendItem(deps: OutboxDeps, id: string): Promise<OutboxItem | undefined> {
  const now = deps.now ?? Date.now;
  const release = await deps.store.claim(id);
  if (!release) return undefined;
  try {
    const current = await deps.store.get(id);
    if (!current || current.state === 'sent') return current;
    const sending: OutboxItem = { ...current, state: 'sending', attempts: current.attempts + 1, lastAttemptAt: new Date(now()).toISOString() };
    await record(deps, sending);
    const done = await attempt(deps, sending);
    await record(deps, done);
    return done;
  } finally {
    await release();
  }
}

async function attempt(deps: OutboxDeps, item: OutboxItem): Promise<OutboxItem> {
  const now = (deps.now ?? Date.now)();
  try {
    const connector = await deps.connectorFor(item.connectorName, item.connector);
    const receipt = await connector.file(draftOf(item));
    const { lastError: _cleared, ...rest } = item;
    return { ...rest, state: 'sent', receipt, sentAt: new Date(now).toISOString() };
  } catch (e) {
    if (e instanceof TransientSendError) {
      if (now - Date.parse(item.requeuedAt ?? item.createdAt) > GIVE_UP_AFTER_MS) {
        return { ...item, state: 'failed', lastError: `Gave up after ${item.attempts} attempts over 7 days; last: ${e.message}` };
      }
      const delay = nextDelayMs(item.attempts, deps.random ?? Math.random, e.retryAfterMs, deps.backoff ?? DEFAULT_BACKOFF);
      const next = new Date(now + delay).toISOString();
      const { notBefore: _old, ...rest } = item;
      return { ...rest, state: 'queued', lastError: e.message, nextAttemptAt: next, ...(e.retryAfterMs !== undefined ? { notBefore: next } : {}) };
    }
    if (e instanceof PermanentSendError) return { ...item, state: 'failed', lastError: e.message };
    // A bug must not lose the ticket: keep it, show the error, let the user retry after an update.
    return { ...item, state: 'failed', lastError: `Internal error: ${e instanceof Error ? e.message : String(e)}` };
  }
}

async function record(deps: OutboxDeps, item: OutboxItem): Promise<void> {
  await deps.store.save(item);
  deps.onChange?.(item);
}

/**
 * Sends queued items one after another, including items a crashed process left in `sending`.
 * 'due' (a timer, `homeline outbox send`) takes the ones whose backoff has run out; 'now' (the
 * network just came back) takes every queued one except those a help desk asked to wait
 * (Retry-After).
 */
export async function sendDue(deps: OutboxDeps, mode: 'due' | 'now' = 'due'): Promise<OutboxItem[]> {
  const now = (deps.now ?? Date.now)();
  const { items } = await deps.store.list();
  const results: OutboxItem[] = [];
  for (const item of items) {
    if (item.state !== 'queued') continue;
    const waitUntil = mode === 'due' ? item.nextAttemptAt : item.notBefore;
    if (waitUntil !== undefined && Date.parse(waitUntil) > now) continue;
    const after = await sendItem(deps, item.id);
    if (after) results.push(after);
  }
  return results;
}

/**
 * The user's "try again": failed items (all, or the ones named) go back to the queue, due now,
 * with a fresh 7-day window. Returns the items it requeued.
 */
export async function requeue(deps: OutboxDeps, ids?: readonly string[]): Promise<OutboxItem[]> {
  const nowIso = new Date((deps.now ?? Date.now)()).toISOString();
  const { items } = await deps.store.list();
  const picked = items.filter((i) => (ids ? ids.includes(i.id) : true) && (i.state === 'failed' || i.state === 'queued'));
  const out: OutboxItem[] = [];
  for (const item of picked) {
    const again: OutboxItem = { ...item, state: 'queued', nextAttemptAt: nowIso, requeuedAt: nowIso };
    await record(deps, again);
    out.push(again);
  }
  return out;
}
