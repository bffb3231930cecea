import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConnectorConfig } from '../../../../diagnostics/tickets/connector-config.js';
import { enqueue, type OutboxDeps } from '../../../../diagnostics/tickets/outbox/outbox.js';
import { scheduleOutbox, type Timers } from '../../../../diagnostics/tickets/outbox/outbox-scheduler.js';
import { OutboxStore } from '../../../../diagnostics/tickets/outbox/outbox-store.js';
import { TransientSendError, UnconfirmedSendError } from '../../../../diagnostics/tickets/send-errors.js';
import { sampleDraft } from '../sample-draft.js';

const config: ConnectorConfig = { kind: 'webhook', url: 'http://127.0.0.1:9/hook', categories: {}, timeoutMs: 1000 };

/** Timers under the test's control: it sees every wait and fires them itself. */
function manualTimers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  const timers: Timers = {
    setTimeout: (fn, ms) => (pending.set(next, { fn, ms }), next++),
    clearTimeout: (h) => void pending.delete(h as number),
  };
  const fire = () => {
    const [h, p] = [...pending.entries()][0]!;
    pending.delete(h);
    p.fn();
  };
  return { timers, waits: () => [...pending.values()].map((p) => p.ms), fire };
}

async function setup(outcomes: Array<Error | string>) {
  const clock = { now: Date.parse('2026-11-23T08:00:00Z') };
  const attempts: string[] = [];
  const deps: OutboxDeps = {
    store: new OutboxStore(await mkdtemp(join(tmpdir(), 'homeline-sched-'))),
    now: () => clock.now,
    random: () => 0.5,
    connectorFor: async () => ({
      kind: 'scripted',
      async file() {
        const o = outcomes.shift() ?? 'T-1';
        attempts.push(o instanceof Error ? o.message : o);
        if (o instanceof Error) throw o;
        return { id: o };
      },
    }),
  };
  return { clock, deps, attempts };
}

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 10));
  expect(await check()).toBe(true);
}

describe('outbox scheduler', () => {
  it('waits for the backoff while offline, and sends at once when the network is back', async () => {
    const { deps, attempts } = await setup([new TransientSendError('offline'), 'T-7']);
    const item = await enqueue(deps, 'relay', config, sampleDraft());
    const t = manualTimers();
    const s = scheduleOutbox(deps, t.timers);
    await s.networkBack(); // also waits for the first round, which failed
    expect(attempts).toEqual(['offline', 'T-7']);
    expect((await deps.store.get(item.id))?.state).toBe('sent');
    expect(t.waits()).toEqual([15 * 60_000]); // nothing queued: only the idle check remains
    s.stop();
    expect(t.waits()).toEqual([]);
  });

  it('arms its timer for the backoff and sends when it fires', async () => {
    const { clock, deps, attempts } = await setup([new TransientSendError('offline'), 'T-3']);
    const item = await enqueue(deps, 'relay', config, sampleDraft());
    const t = manualTimers();
    const s = scheduleOutbox(deps, t.timers);
    await until(() => t.waits().length === 1 && attempts.length === 1);
    expect(t.waits()).toEqual([22_500]); // 30 s backoff with jitter 0.5
    clock.now += 22_500;
    t.fire();
    await until(async () => (await deps.store.get(item.id))?.state === 'sent');
    expect(attempts).toEqual(['offline', 'T-3']);
    s.stop();
  });

  it('does not let "network back" jump a help desk’s Retry-After', async () => {
    const { clock, deps, attempts } = await setup([new TransientSendError('HTTP 429', 120_000), 'T-1']);
    await enqueue(deps, 'relay', config, sampleDraft());
    const t = manualTimers();
    const s = scheduleOutbox(deps, t.timers);
    await s.networkBack();
    expect(attempts).toEqual(['HTTP 429']);
    expect(t.waits()).toEqual([120_000]);
    clock.now += 120_000;
    await s.networkBack();
    expect(attempts).toEqual(['HTTP 429', 'T-1']);
    s.stop();
  });

  it('keeps retrying an unconfirmed ticket on its backoff, not only at the idle check', async () => {
    const { clock, deps, attempts } = await setup([new UnconfirmedSendError('answer cut off'), 'T-9']);
    const item = await enqueue(deps, 'relay', config, sampleDraft());
    const t = manualTimers();
    const s = scheduleOutbox(deps, t.timers);
    await until(() => t.waits().length === 1 && attempts.length === 1);
    expect((await deps.store.get(item.id))?.state).toBe('unconfirmed');
    expect(t.waits()).toEqual([22_500]);
    clock.now += 22_500;
    t.fire();
    await until(async () => (await deps.store.get(item.id))?.state === 'sent');
    s.stop();
  });
});
