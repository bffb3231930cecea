import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../../diagnostics/tickets/connector.js';
import type { ConnectorConfig } from '../../../../diagnostics/tickets/connector-config.js';
import { translator } from '../../../../diagnostics/i18n/translator.js';
import { describeState, failureOf } from '../../../../diagnostics/tickets/outbox/describe-item.js';
import { enqueue, enqueueOnce, requeue, sendDue, sendItem, type OutboxDeps } from '../../../../diagnostics/tickets/outbox/outbox.js';
import type { OutboxItem } from '../../../../diagnostics/tickets/outbox/outbox-item.js';
import { OutboxStore } from '../../../../diagnostics/tickets/outbox/outbox-store.js';
import { PermanentSendError, SetupSendError, TransientSendError, UnconfirmedSendError } from '../../../../diagnostics/tickets/send-errors.js';
import type { TicketDraft } from '../../../../diagnostics/tickets/ticket.js';
import { sampleDraft } from '../sample-draft.js';

const config: ConnectorConfig = { kind: 'webhook', url: 'http://127.0.0.1:9/hook', categories: {}, timeoutMs: 1000 };

/** A help desk scripted per attempt: each call takes the next outcome. */
function scripted(outcomes: Array<Error | string>): { connector: Connector; filed: TicketDraft[] } {
  const filed: TicketDraft[] = [];
  return {
    filed,
    connector: {
      kind: 'scripted',
      async file(d) {
        const next = outcomes.shift();
        if (next instanceof Error) throw next;
        filed.push(d);
        return { id: next ?? 'T-1', url: `https://hd.example/${next}` };
      },
    },
  };
}

async function setup(outcomes: Array<Error | string>) {
  const dir = await mkdtemp(join(tmpdir(), 'homeline-outbox-'));
  const clock = { now: Date.parse('2026-11-23T08:00:00Z') };
  const desk = scripted(outcomes);
  const changes: string[] = [];
  const deps: OutboxDeps = {
    store: new OutboxStore(dir),
    connectorFor: async () => desk.connector,
    now: () => clock.now,
    random: () => 0.5,
    onChange: (i) => changes.push(i.state),
  };
  return { dir, clock, desk, deps, changes };
}

describe('outbox', () => {
  it('keeps the ticket with its bundle on disk before sending, and records the receipt', async () => {
    const { dir, desk, deps, changes } = await setup(['T-42']);
    const draft = sampleDraft();
    const item = await enqueue(deps, 'relay', config, draft);
    const stored = JSON.parse(readFileSync(join(dir, `${item.id}.json`), 'utf8')) as OutboxItem;
    expect(stored.state).toBe('queued');
    expect(Buffer.from(stored.draft.attachment.base64, 'base64').equals(Buffer.from(draft.attachment.bytes))).toBe(true);
    const sent = await sendItem(deps, item.id);
    expect(sent).toMatchObject({ state: 'sent', attempts: 1, receipt: { id: 'T-42', url: 'https://hd.example/T-42' } });
    expect(changes).toEqual(['queued', 'sending', 'sent']);
    expect(Buffer.from(desk.filed[0]!.attachment.bytes).equals(Buffer.from(draft.attachment.bytes))).toBe(true);
    expect(desk.filed[0]!.idempotencyKey).toBe(draft.idempotencyKey);
    // Only the item file: no temporary files or locks left behind.
    expect(readdirSync(dir)).toEqual([`${item.id}.json`]);
  });

  it('waits out a Retry-After before the next automatic attempt, then sends', async () => {
    const { clock, deps, desk } = await setup([new TransientSendError('HTTP 429', 7000), 'T-2']);
    const item = await enqueue(deps, 'relay', config, sampleDraft());
    const first = await sendItem(deps, item.id);
    expect(first).toMatchObject({ state: 'queued', lastError: 'HTTP 429', nextAttemptAt: '2026-11-23T08:00:07.000Z' });
    clock.now += 6000;
    expect(await sendDue(deps)).toEqual([]);
    clock.now += 1000;
    expect(await sendDue(deps)).toMatchObject([{ state: 'sent', attempts: 2, receipt: { id: 'T-2' } }]);
    expect(desk.filed).toHaveLength(1);
  });

  it('backs off exponentially while the network is down', async () => {
    const offline = () => new TransientSendError('fetch failed (ENETUNREACH)');
    const { clock, deps } = await setup([offline(), offline(), offline()]);
    const item = await enqueue(deps, 'relay', config, sampleDraft());
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const after = await sendDue(deps, 'now');
      waits.push(Date.parse(after[0]!.nextAttemptAt) - clock.now);
    }
    expect(waits).toEqual([22_500, 45_000, 90_000]); // 30 s, 60 s, 120 s with random() = 0.5
    expect((await deps.store.get(item.id))?.attempts).toBe(3);
  });

  it('shows a permanent refusal with its reason, does not retry it on its own, and retries when asked', async () => {
    const { deps, desk } = await setup([new PermanentSendError('The help desk refused to create the incident: HTTP 401 — bad credentials', 401), 'T-9']);
    const item = await enqueue(deps, 'sn', config, sampleDraft());
    expect(await sendItem(deps, item.id)).toMatchObject({ state: 'failed', lastError: expect.stringContaining('HTTP 401') });
    expect(await sendDue(deps, 'now')).toEqual([]);
    const again = await requeue(deps);
    expect(again.map((i) => i.state)).toEqual(['queued']);
    expect(await sendDue(deps)).toMatchObject([{ state: 'sent', receipt: { id: 'T-9' } }]);
    expect(desk.filed).toHaveLength(1);
  });

  it('gives up automatic retries after seven days but keeps the ticket', async () => {
    const { clock, deps } = await setup([new TransientSendError('offline')]);
    const item = await enqueue(deps, 'relay', config, sampleDraft());
    clock.now += 8 * 24 * 3600_000;
    expect(await sendItem(deps, item.id)).toMatchObject({ state: 'failed', lastError: expect.stringMatching(/^Gave up after 1 attempts over 7 days; last: offline/) });
  });

  it('does not send an item another live process holds, and takes over one whose sender died', async () => {
    const { dir, deps, desk } = await setup(['T-1']);
    const item = await enqueue(deps, 'relay', config, sampleDraft());
    writeFileSync(join(dir, `${item.id}.lock`), JSON.stringify({ pid: process.pid, since: Date.now() }));
    expect(await sendItem(deps, item.id)).toBeUndefined();
    expect(desk.filed).toHaveLength(0);
    // A pid that cannot exist: the sender crashed; the item was left in 'sending'.
    await deps.store.save({ ...item, state: 'sending', attempts: 1 });
    writeFileSync(join(dir, `${item.id}.lock`), JSON.stringify({ pid: 2 ** 22 + 12345, since: Date.now() }));
    // Its sender died mid-send: the help desk may have it, so it reads as unconfirmed, not as waiting.
    expect((await deps.store.list()).items.map((i) => i.state)).toEqual(['unconfirmed']);
    expect(await sendDue(deps)).toMatchObject([{ state: 'sent', attempts: 2 }]);
    expect(existsSync(join(dir, `${item.id}.lock`))).toBe(false);
  });

  it('lists a damaged file as broken, names it, and leaves it untouched', async () => {
    const { dir, deps } = await setup(['T-1']);
    await enqueue(deps, 'relay', config, sampleDraft());
    writeFileSync(join(dir, 'garbage.json'), '{"version":1,"id":');
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ version: 1, id: 'x', state: 'lost' }));
    const { items, broken } = await deps.store.list();
    expect(items).toHaveLength(1);
    expect(broken.map((b) => b.file.split('/').pop())).toEqual(['garbage.json', 'wrong.json']);
    expect(broken[0]!.reason).toContain('is not valid JSON');
    expect(broken[1]!.reason).toMatch(/wrong\.json: \w+/);
    expect(readFileSync(join(dir, 'garbage.json'), 'utf8')).toBe('{"version":1,"id":');
  });

  it('records a bug in a connector as a failure with its message instead of losing the ticket', async () => {
    const { deps } = await setup([new TypeError('cannot read properties of undefined')]);
    const item = await enqueue(deps, 'relay', config, sampleDraft());
    expect(await sendItem(deps, item.id)).toMatchObject({ state: 'failed', lastError: 'Internal error: cannot read properties of undefined' });
  });

  it('keeps an item unconfirmed until a later attempt confirms it, even through failed look-ups', async () => {
    const { deps, clock } = await setup([new UnconfirmedSendError('answer broke off'), new TransientSendError('look-up: HTTP 503'), 'T-7']);
    const item = await enqueue(deps, 'relay', config, sampleDraft());
    const first = await sendItem(deps, item.id);
    expect(first).toMatchObject({ state: 'unconfirmed', lastError: 'answer broke off', unconfirmedSince: new Date(clock.now).toISOString() });
    expect(describeState(first!, translator('en'))).toMatch(/^sent, not confirmed: the help desk may have it; Homeline looks it up at .* \(last: answer broke off\)$/);
    // Due like any waiting item (the outbox's send and the app's loop take it).
    clock.now += 3600_000;
    expect(await sendDue(deps)).toMatchObject([{ state: 'unconfirmed', lastError: 'look-up: HTTP 503' }]);
    clock.now += 3600_000;
    const done = await sendDue(deps);
    expect(done).toMatchObject([{ state: 'sent', receipt: { id: 'T-7' } }]);
    expect(done[0]!.unconfirmedSince).toBeUndefined();
    expect(done[0]!.lastError).toBeUndefined();
  });

  it('never calls an item that may be filed "not accepted": a refusal after an unconfirmed attempt says it may exist', async () => {
    const { deps } = await setup([new UnconfirmedSendError('timed out mid-answer'), new PermanentSendError('The help desk refused to look up: HTTP 401', 401)]);
    const item = await enqueue(deps, 'relay', config, sampleDraft());
    await sendItem(deps, item.id);
    const after = await sendItem(deps, item.id);
    expect(after).toMatchObject({ state: 'failed', problem: 'refused' });
    expect(failureOf(after!)).toBe('maybe-filed');
    expect(describeState(after!, translator('de'))).toContain('der Helpdesk hat dieses Ticket vielleicht schon');
  });

  it('records a set-up failure as such: not sent, the help desk never asked, no automatic retry', async () => {
    const { deps, desk } = await setup([]);
    const failing: OutboxDeps = { ...deps, connectorFor: () => Promise.reject(new SetupSendError('No credential is stored for the help desk "relay"')) };
    const item = await enqueue(failing, 'relay', config, sampleDraft());
    const after = await sendItem(failing, item.id);
    expect(after).toMatchObject({ state: 'failed', problem: 'setup' });
    expect(describeState(after!, translator('sv'))).toBe('inte skickat, inställningen behöver rättas: No credential is stored for the help desk "relay"');
    expect(await sendDue(failing)).toEqual([]);
    expect(desk.filed).toEqual([]);
    // Fixed and retried: the problem is gone with the failure.
    const again = await requeue(deps, [item.id]);
    expect(again[0]!.problem).toBeUndefined();
    expect(await sendItem(deps, item.id)).toMatchObject({ state: 'sent' });
  });

  it('adds an item once per key: a second enqueue, even many at once, finds the first and changes nothing', async () => {
    const { dir, deps } = await setup(['T-1']);
    const draft = sampleDraft();
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => enqueueOnce(deps, 'relay', config, draft)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.item.createdAt)).size).toBe(1);
    await sendItem(deps, draft.idempotencyKey);
    const later = await enqueueOnce(deps, 'relay', config, draft);
    expect(later).toMatchObject({ created: false, item: { state: 'sent', receipt: { id: 'T-1' } } });
    expect(readdirSync(dir)).toEqual([`${draft.idempotencyKey}.json`]);
  });
});
