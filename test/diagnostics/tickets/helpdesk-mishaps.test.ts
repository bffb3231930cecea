import { readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeConnector } from '../../../diagnostics/tickets/make-connector.js';
import { sendItem, type OutboxDeps } from '../../../diagnostics/tickets/outbox/outbox.js';
import { OutboxStore } from '../../../diagnostics/tickets/outbox/outbox-store.js';
import { submitTicket } from '../../../diagnostics/tickets/outbox/submit.js';
import { bundleManifestSha256, ticketKey } from '../../../diagnostics/tickets/ticket-key.js';
import { EMULATED_DESKS, MISHAPS, stateAfter } from './fakes/emulated-desks.js';
import { sampleDraft } from './sample-draft.js';
import { sampleBundleBytes } from './sample-bundle.js';

// Every help desk × every request of a filing × every mishap of issue #16 (500, 429 with
// Retry-After, a hang, an answer cut mid-body, an answer trickling in slower than the time limit),
// in one process: the first attempt must end in the state that tells the truth (waiting when
// nothing can have been filed, unconfirmed when the help desk may have it, never "failed"), the
// next attempt must end sent, and the help desk must hold exactly one ticket with the bundle once.
// The kill -9 counterpart, with real processes, is outbox/kill-at-each-point.test.ts.

/** Long enough for a loopback answer on a loaded 2-core machine, short enough to keep hangs cheap. */
const TIMEOUT_MS = 800;

const cases = EMULATED_DESKS.flatMap((make) => {
  const probe = make();
  return probe.steps.flatMap((step) => MISHAPS.map((m) => ({ make, desk: probe.name, step, ...m })));
});

describe.concurrent('help desks that misbehave at each step of a filing', () => {
  it.each(cases)('$desk: $name at "$step.name" ⇒ one ticket, never failed', async ({ make, step, mishap }) => {
    const desk = make();
    const baseUrl = await desk.server.start();
    try {
      const config = desk.config(baseUrl, TIMEOUT_MS);
      const dir = await mkdtemp(join(tmpdir(), 'homeline-mishap-'));
      const deps: OutboxDeps = {
        store: new OutboxStore(dir),
        connectorFor: (name, c) =>
          makeConnector(name, c, { secrets: { get: () => Promise.resolve(desk.secret) }, fetch, dataDir: dir, os: 'linux', run: () => Promise.reject(new Error('no commands')) }),
      };
      const bytes = sampleBundleBytes();
      const key = ticketKey(bundleManifestSha256(bytes), config);
      const draft = sampleDraft({ idempotencyKey: key, attachment: { fileName: 'homeline-bundle.zip', contentType: 'application/zip', bytes } });
      desk.server.planMishap(step.match, mishap);

      const first = await submitTicket(deps, 'desk', config, draft);
      if (first.kind !== 'attempted' || !first.item) throw new Error(`unexpected first outcome ${first.kind}`);
      // The mishap must really have been played at this step (the steps before it went through).
      expect(desk.server.seen.filter((r) => step.match(r)).length, `requests before: ${desk.server.seen.map((r) => `${r.method} ${r.path}`).join(', ')}`).toBeGreaterThan(0);
      expect(first.item.state, first.item.lastError).toBe(stateAfter(step.role, mishap.kind));
      if (mishap.kind === 'status' && mishap.status === 429) expect(first.item.notBefore).toBeDefined();

      // The help desk is well again: the next attempt (looking the ticket up first) completes it.
      const second = await sendItem(deps, key);
      expect(second?.state, second?.lastError).toBe('sent');
      expect(desk.tickets()).toBe(1);
      expect(desk.complete(Buffer.from(bytes))).toBe(true);
      expect(desk.server.violations).toEqual([]);

      // Filing the same bundle again is recognised: nothing new reaches the help desk.
      const seen = desk.server.seen.length;
      expect((await submitTicket(deps, 'desk', config, draft)).kind).toBe('already-sent');
      expect(desk.server.seen.length).toBe(seen);
      expect(readdirSync(dir)).toEqual([`${key}.json`]);
    } finally {
      await desk.server.stop();
    }
  });
});
