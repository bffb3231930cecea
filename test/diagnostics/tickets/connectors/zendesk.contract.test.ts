import { afterEach, describe, expect, it } from 'vitest';
import { zendeskConnector } from '../../../../diagnostics/tickets/connectors/zendesk.js';
import { PermanentSendError } from '../../../../diagnostics/tickets/send-errors.js';
import { zendeskFake } from '../fakes/zendesk-fake.js';
import { sampleDraft } from '../sample-draft.js';

describe('Zendesk connector against a contract fake', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => stop?.());
  async function setup(endpoint: 'tickets' | 'requests' = 'tickets') {
    const fake = zendeskFake('Bearer oauth-token');
    const baseUrl = await fake.server.start();
    stop = () => fake.server.stop();
    const config = { kind: 'zendesk' as const, baseUrl, auth: 'bearer' as const, endpoint, groupId: 7, categories: {}, priorities: {}, timeoutMs: 2000 };
    return { fake, baseUrl, connector: zendeskConnector(config, 'oauth-token', { fetch, timeoutMs: 2000 }) };
  }

  it('uploads the bundle, files the ticket with the upload token, and looks it up by external_id on retry', async () => {
    const { fake, connector, baseUrl } = await setup();
    const draft = sampleDraft();
    const receipt = await connector.file(draft);
    expect(receipt).toEqual({ id: '101', url: `${baseUrl}/agent/tickets/101` });
    expect(fake.tickets[0]!.fields).toMatchObject({ subject: draft.subject, priority: 'normal', external_id: draft.idempotencyKey, tags: ['network'], group_id: 7 });
    expect(fake.tickets[0]!.attachments[0]!.bytes.equals(Buffer.from(draft.attachment.bytes))).toBe(true);
    const create = fake.server.seen.find((r) => r.method === 'POST' && r.path === '/api/v2/tickets');
    expect(create?.headers['idempotency-key']).toBe(draft.idempotencyKey);
    expect(await connector.file(draft)).toEqual(receipt);
    expect(fake.tickets).toHaveLength(1);
    expect(fake.server.violations).toEqual([]);
  });

  it('files as an end user through /api/v2/requests without agent-only fields', async () => {
    const { fake, connector, baseUrl } = await setup('requests');
    const draft = sampleDraft();
    expect(await connector.file(draft)).toEqual({ id: '101', url: `${baseUrl}/hc/requests/101` });
    expect(fake.tickets[0]!.attachments[0]!.bytes.equals(Buffer.from(draft.attachment.bytes))).toBe(true);
    expect(fake.server.violations).toEqual([]);
  });

  it('reports a 413 on the upload as a permanent failure naming the step', async () => {
    const { fake, connector } = await setup();
    fake.server.failLater(2, { status: 413, body: '{"error":"RecordInvalid","description":"File too large"}' });
    const err = await connector.file(sampleDraft()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentSendError);
    expect((err as Error).message).toMatch(/upload the bundle.*413.*File too large/);
    expect(fake.tickets).toHaveLength(0);
  });
});
