import type { Connector } from '../connector.js';
import type { ConnectorConfig } from '../connector-config.js';
import { PermanentSendError, SetupSendError, TransientSendError, UnconfirmedSendError } from '../send-errors.js';
import type { TicketDraft } from '../ticket.js';
import { DEFAULT_BACKOFF, nextDelayMs, type BackoffPolicy } from './backoff.js';
import { awaitsAttempt, draftOf, type OutboxItem } from './outbox-item.js';
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
 * crashes, restarts and a missing network. Its id is the draft's idempotency key; when an item
 * with that key is already there (the same bundle for the same help desk), that item is returned
 * untouched and `created` is false.
 */
export async function enqueue(deps: OutboxDeps, connectorName: string, connector: ConnectorConfig, draft: TicketDraft): Promise<OutboxItem> {
  return (await enqueueOnce(deps, connectorName, connector, draft)).item;
}

/** enqueue, telling whether the item is new. */
export async function enqueueOnce(
  deps: OutboxDeps,
  connectorName: string,
  connector: ConnectorConfig,
  draft: TicketDraft,
): Promise<{ readonly item: OutboxItem; readonly created: boolean }> {
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
  const result = await deps.store.create(item);
  if (result.created) deps.onChange?.(item);
  return result;
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
    // Still `sending` on disk although we hold the lock: its sender died mid-send and may have filed it.
    const interrupted = current.state === 'sending' && current.unconfirmedSince === undefined;
    const sending: OutboxItem = {
      ...current,
      state: 'sending',
      attempts: current.attempts + 1,
      lastAttemptAt: new Date(now()).toISOString(),
      ...(interrupted ? { unconfirmedSince: current.lastAttemptAt ?? new Date(now()).toISOString() } : {}),
    };
    await record(deps, sending);
    const done = await attempt(deps, sending);
    await record(deps, done);
    return done;
  } finally {
    await release();
  }
}

/**
 * One try through the connector, which looks the ticket up before filing it (an unconfirmed item
 * is thereby confirmed or found). The outcome as the item's next state: sent with the receipt;
 * queued or, when this or an earlier attempt may have filed it, unconfirmed, each with the next
 * try; failed with why (the help desk refused, Homeline's set-up is wrong, seven days passed).
 */
async function attempt(deps: OutboxDeps, item: OutboxItem): Promise<OutboxItem> {
  const now = (deps.now ?? Date.now)();
  const { lastError: _e, problem: _p, ...base } = item;
  try {
    const connector = await deps.connectorFor(item.connectorName, item.connector);
    const receipt = await connector.file(draftOf(item));
    const { unconfirmedSince: _u, notBefore: _n, ...rest } = base;
    return { ...rest, state: 'sent', receipt, sentAt: new Date(now).toISOString() };
  } catch (e) {
    const unconfirmedSince = item.unconfirmedSince ?? (e instanceof UnconfirmedSendError ? new Date(now).toISOString() : undefined);
    const marked = unconfirmedSince !== undefined ? { ...base, unconfirmedSince } : base;
    if (e instanceof TransientSendError) {
      if (now - Date.parse(item.requeuedAt ?? item.createdAt) > GIVE_UP_AFTER_MS) {
        return { ...marked, state: 'failed', problem: 'gave-up', lastError: `Gave up after ${item.attempts} attempts over 7 days; last: ${e.message}` };
      }
      const delay = nextDelayMs(item.attempts, deps.random ?? Math.random, e.retryAfterMs, deps.backoff ?? DEFAULT_BACKOFF);
      const next = new Date(now + delay).toISOString();
      const { notBefore: _old, ...rest } = marked;
      return {
        ...rest,
        state: unconfirmedSince !== undefined ? 'unconfirmed' : 'queued',
        lastError: e.message,
        nextAttemptAt: next,
        ...(e.retryAfterMs !== undefined ? { notBefore: next } : {}),
      };
    }
    if (e instanceof SetupSendError) return { ...marked, state: 'failed', problem: 'setup', lastError: e.message };
    if (e instanceof PermanentSendError) return { ...marked, state: 'failed', problem: 'refused', lastError: e.message };
    // A bug must not lose the ticket: keep it, show the error, let the user retry after an update.
    return { ...marked, state: 'failed', problem: 'internal', lastError: `Internal error: ${e instanceof Error ? e.message : String(e)}` };
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
    if (!awaitsAttempt(item)) continue;
    const waitUntil = mode === 'due' ? item.nextAttemptAt : item.notBefore;
    if (waitUntil !== undefined && Date.parse(waitUntil) > now) continue;
    const after = await sendItem(deps, item.id);
    if (after) results.push(after);
  }
  return results;
}

/**
 * The user's "try again": failed and waiting items (all, or the ones named) go back to the queue,
 * due now, with a fresh 7-day window; an unconfirmed item stays unconfirmed (its retry still looks
 * it up first). Returns the items it requeued.
 */
export async function requeue(deps: OutboxDeps, ids?: readonly string[]): Promise<OutboxItem[]> {
  const nowIso = new Date((deps.now ?? Date.now)()).toISOString();
  const { items } = await deps.store.list();
  const picked = items.filter((i) => (ids ? ids.includes(i.id) : true) && (i.state === 'failed' || awaitsAttempt(i)));
  const out: OutboxItem[] = [];
  for (const item of picked) {
    const { problem: _p, ...rest } = item;
    const again: OutboxItem = { ...rest, state: item.unconfirmedSince !== undefined ? 'unconfirmed' : 'queued', nextAttemptAt: nowIso, requeuedAt: nowIso };
    await record(deps, again);
    out.push(again);
  }
  return out;
}
