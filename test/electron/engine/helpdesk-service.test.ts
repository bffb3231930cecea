import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareLocalBundle } from '../../../diagnostics/bundle/local-bundle.js';
import { readBundle } from '../../../diagnostics/bundle/read-bundle.js';
import type { Report } from '../../../diagnostics/schema/report.js';
import type { ConnectorConfig } from '../../../diagnostics/tickets/connector-config.js';
import { OutboxStore } from '../../../diagnostics/tickets/outbox/outbox-store.js';
import { TransientSendError } from '../../../diagnostics/tickets/send-errors.js';
import type { TicketDraft } from '../../../diagnostics/tickets/ticket.js';
import { createAppCore } from '../../../electron/engine/app-core.js';
import { HelpdeskService, type HelpDesk } from '../../../electron/engine/helpdesk-service.js';
import type { ResponseOf } from '../../../electron/ipc/contract.js';
import { dispatch } from '../../../electron/ipc/dispatch.js';
import { ispLossReport } from '../support/reports.js';

/** The derived idempotency key's shape (a version-8 UUID). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const WEBHOOK: ConnectorConfig = { kind: 'webhook', url: 'https://helpdesk.example/hook', categories: {} } as ConnectorConfig;

async function setup(o: { desk: HelpDesk; fail?: boolean; noSecret?: boolean; saveFile?: (n: string, b: Uint8Array) => Promise<string | null> }) {
  const dir = await mkdtemp(join(tmpdir(), 'homeline-helpdesk-'));
  const filed: TicketDraft[] = [];
  const core = createAppCore({
    engine: () => ispLossReport(),
    systemLang: 'en',
    transport: 'browser',
    openExternal: () => Promise.resolve(false),
    ...(o.saveFile ? { saveFile: o.saveFile } : {}),
    helpdesk: (lastReport) =>
      new HelpdeskService({
        lastReport,
        prepare: (r: Report) => prepareLocalBundle(r),
        helpDesk: () => Promise.resolve(o.desk),
        outbox: {
          store: new OutboxStore(join(dir, 'outbox')),
          connectorFor: () =>
            Promise.resolve({
              kind: 'webhook',
              file: (draft: TicketDraft) => {
                if (o.fail) return Promise.reject(new TransientSendError('connect ECONNREFUSED'));
                filed.push(draft);
                return Promise.resolve({ id: 'INC-42' });
              },
            }),
        },
        secrets: { get: () => Promise.resolve(o.noSecret ? undefined : 'shared-secret') },
      }),
  });
  return { core, filed, dir };
}

const value = <C extends 'ticket.preview' | 'ticket.send' | 'outbox.list' | 'bundle.save'>(r: Awaited<ReturnType<typeof dispatch>>): ResponseOf<C> => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value as ResponseOf<C>;
};

describe('help desk: preview what is sent, then send through the outbox', () => {
  it('has nothing to preview before a check', async () => {
    const { core } = await setup({ desk: { config: WEBHOOK } });
    expect(value<'ticket.preview'>(await dispatch(core.handlers, 'ticket.preview', {}))).toEqual({ available: true, preview: null });
  });

  it('previews the redacted bundle entries and sends exactly that bundle, with the user’s note', async () => {
    const { core, filed } = await setup({ desk: { config: WEBHOOK } });
    await dispatch(core.handlers, 'check.run', { quick: true });
    const pv = value<'ticket.preview'>(await dispatch(core.handlers, 'ticket.preview', {}));
    if (!pv.available || !pv.preview) throw new Error('expected a preview');
    expect(pv.preview).toMatchObject({ helpDesk: true, to: 'https://helpdesk.example/hook', fileName: expect.stringMatching(/\.homeline$/) });
    expect(pv.preview.entries.map((e) => e.path)).toEqual(expect.arrayContaining(['manifest.json', 'report.json', 'report.html']));
    expect(pv.preview.body).not.toContain('Homeline-Ticket:');
    const sent = value<'ticket.send'>(await dispatch(core.handlers, 'ticket.send', { note: 'Since Monday evenings.' }));
    if (!sent.available) throw new Error('expected send');
    expect(sent.outbox).toMatchObject({ id: UUID, state: 'sent' });
    expect(sent.outbox.description).toContain('INC-42');
    expect(filed).toHaveLength(1);
    expect(filed[0]!.description.startsWith('Since Monday evenings.\n\n')).toBe(true);
    // The attachment is the bundle the preview showed, entry for entry.
    const opened = await readBundle(filed[0]!.attachment.bytes);
    for (const e of pv.preview.entries) expect(opened.files.get(e.path)).toBe(e.text);
  });

  it('a help desk that is down leaves the ticket queued in the outbox, with the reason', async () => {
    const { core, filed } = await setup({ desk: { config: WEBHOOK }, fail: true });
    await dispatch(core.handlers, 'check.run', { quick: true });
    const sent = value<'ticket.send'>(await dispatch(core.handlers, 'ticket.send', { note: '' }));
    if (!sent.available) throw new Error('expected send');
    expect(sent.outbox).toMatchObject({ state: 'queued', error: 'connect ECONNREFUSED' });
    expect(filed).toEqual([]);
    const list = value<'outbox.list'>(await dispatch(core.handlers, 'outbox.list', {}));
    if (!list.available) throw new Error('expected list');
    expect(list.items.map((i) => [i.id, i.state])).toEqual([[sent.outbox.id, 'queued']]);
  });

  it('a second send of the same check is the same ticket: the outbox item is found, nothing is filed twice', async () => {
    const { core, filed } = await setup({ desk: { config: WEBHOOK } });
    await dispatch(core.handlers, 'check.run', { quick: true });
    const first = value<'ticket.send'>(await dispatch(core.handlers, 'ticket.send', { note: '' }));
    const second = value<'ticket.send'>(await dispatch(core.handlers, 'ticket.send', { note: 'again' }));
    if (!first.available || !second.available) throw new Error('expected send');
    expect(second.outbox.id).toBe(first.outbox.id);
    expect(second.outbox.state).toBe('sent');
    expect(filed).toHaveLength(1);
    const list = value<'outbox.list'>(await dispatch(core.handlers, 'outbox.list', {}));
    if (!list.available) throw new Error('expected list');
    expect(list.items).toHaveLength(1);
  });

  it('without a stored credential: a set-up error saying what to set, and nothing queued', async () => {
    const { core, filed, dir } = await setup({ desk: { config: WEBHOOK }, noSecret: true });
    await dispatch(core.handlers, 'check.run', { quick: true });
    const refused = await dispatch(core.handlers, 'ticket.send', { note: '' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('No credential is stored for the help desk "helpdesk"') } });
    expect(filed).toEqual([]);
    expect((await new OutboxStore(join(dir, 'outbox')).list()).items).toEqual([]);
  });

  it('without a help desk: the preview says so, sending is refused, and the bundle can be saved', async () => {
    const saved: [string, Uint8Array][] = [];
    const { core } = await setup({
      desk: { config: null, problem: null },
      saveFile: (name, bytes) => {
        saved.push([name, bytes]);
        return Promise.resolve(`/home/u/${name}`);
      },
    });
    await dispatch(core.handlers, 'check.run', { quick: true });
    const pv = value<'ticket.preview'>(await dispatch(core.handlers, 'ticket.preview', {}));
    expect(pv).toMatchObject({ available: true, preview: { helpDesk: false, to: '' } });
    const refused = await dispatch(core.handlers, 'ticket.send', { note: '' });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('no help desk') } });
    const r = value<'bundle.save'>(await dispatch(core.handlers, 'bundle.save', {}));
    expect(r.savedTo).toMatch(/^\/home\/u\/homeline-.*\.homeline$/);
    expect((await readBundle(saved[0]![1])).report.verdict.segment).toBe('isp');
  });

  it('in the browser the bundle comes back as bytes to download', async () => {
    const { core } = await setup({ desk: { config: null, problem: 'the policy names the help desk "jira" but not helpDeskQueue.' } });
    expect(await dispatch(core.handlers, 'bundle.save', {})).toMatchObject({ ok: false, error: { message: expect.stringContaining('run a check first') } });
    await dispatch(core.handlers, 'check.run', { quick: true });
    const pv = value<'ticket.preview'>(await dispatch(core.handlers, 'ticket.preview', {}));
    expect(pv).toMatchObject({ preview: { helpDesk: false, helpDeskProblem: expect.stringContaining('helpDeskQueue') } });
    const r = value<'bundle.save'>(await dispatch(core.handlers, 'bundle.save', {}));
    expect(r.savedTo).toBeNull();
    const bytes = Uint8Array.from(Buffer.from(r.download!.base64, 'base64'));
    expect((await readBundle(bytes)).report.verdict.segment).toBe('isp');
  });
});
