import { afterEach, describe, expect, it } from 'vitest';
import { serviceNowConnector } from '../../../../diagnostics/tickets/connectors/servicenow.js';
import { PermanentSendError, TransientSendError } from '../../../../diagnostics/tickets/send-errors.js';
import { serviceNowFake } from '../fakes/servicenow-fake.js';
import { sampleDraft } from '../sample-draft.js';

const cred = { user: 'svc-homeline', password: 'pw' };
const base = { kind: 'servicenow' as const, auth: 'basic' as const, categories: {}, priorities: {}, timeoutMs: 2000 };

describe('ServiceNow connector against a contract fake', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => stop?.());
  async function setup(opts: { timeoutMs?: number; secret?: string } = {}) {
    const fake = serviceNowFake(cred);
    const baseUrl = await fake.server.start();
    stop = () => fake.server.stop();
    const connector = serviceNowConnector({ ...base, baseUrl, timeoutMs: opts.timeoutMs ?? 2000 }, opts.secret ?? `${cred.user}:${cred.password}`, { fetch, timeoutMs: opts.timeoutMs ?? 2000 });
    return { fake, connector, baseUrl };
  }

  it('creates an incident with mapped fields, attaches the bundle byte for byte, and is idempotent', async () => {
    const { fake, connector, baseUrl } = await setup();
    const draft = sampleDraft({ urgency: 'high' });
    const receipt = await connector.file(draft);
    expect(receipt.id).toBe('INC0000001');
    expect(receipt.url).toBe(`${baseUrl}/nav_to.do?uri=incident.do?sys_id=${fake.incidents[0]!.sys_id}`);
    expect(fake.incidents[0]!.fields).toMatchObject({ short_description: draft.subject, urgency: '1', category: 'Network', correlation_id: draft.idempotencyKey });
    expect(fake.incidents[0]!.attachments[0]!.bytes.equals(Buffer.from(draft.attachment.bytes))).toBe(true);
    expect(fake.incidents[0]!.attachments[0]!.content_type).toBe('application/zip');
    expect(await connector.file(draft)).toEqual(receipt);
    expect(fake.incidents).toHaveLength(1);
    expect(fake.incidents[0]!.attachments).toHaveLength(1);
    expect(fake.server.violations).toEqual([]);
  });

  it('treats 401 as permanent, with the help desk’s reason', async () => {
    const { connector } = await setup({ secret: 'svc-homeline:wrong' });
    const err = await connector.file(sampleDraft()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentSendError);
    expect((err as PermanentSendError).status).toBe(401);
    expect((err as Error).message).toContain('User Not Authenticated');
  });

  it('treats 413 on the upload as permanent, and a later retry attaches exactly once to the same incident', async () => {
    const { fake, connector } = await setup();
    const draft = sampleDraft();
    // lookup, create, attachment lookup succeed; the upload is refused as too large.
    fake.server.failLater(4, { status: 413, body: '{"error":{"message":"Attachment too large"}}' });
    const err = await connector.file(draft).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermanentSendError);
    expect((err as Error).message).toMatch(/upload the bundle.*HTTP 413.*Attachment too large/);
    await connector.file(draft);
    expect(fake.incidents).toHaveLength(1);
    expect(fake.incidents[0]!.attachments).toHaveLength(1);
  });

  it('treats 429 as transient and passes Retry-After on; 503 and 500 as transient', async () => {
    const { fake, connector } = await setup();
    fake.server.failNext({ status: 429, headers: { 'Retry-After': '7' } });
    const limited = await connector.file(sampleDraft()).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(TransientSendError);
    expect((limited as TransientSendError).retryAfterMs).toBe(7000);
    fake.server.failNext({ status: 503 });
    expect(await connector.file(sampleDraft()).catch((e: unknown) => e)).toBeInstanceOf(TransientSendError);
    fake.server.failNext({ status: 500, body: 'Internal Server Error' });
    const e500 = await connector.file(sampleDraft()).catch((e: unknown) => e);
    expect((e500 as Error).message).toContain('HTTP 500 — Internal Server Error');
    expect(fake.incidents).toHaveLength(0);
  });

  it('treats a help desk that never answers, and one that is not there, as transient', async () => {
    const { fake, connector, baseUrl } = await setup({ timeoutMs: 300 });
    fake.state.stallCreate = true;
    const hung = await connector.file(sampleDraft()).catch((e: unknown) => e);
    expect(hung).toBeInstanceOf(TransientSendError);
    expect((hung as Error).message).toContain('no answer within 0.3 s');
    await stop!();
    stop = undefined;
    const gone = serviceNowConnector({ ...base, baseUrl }, `${cred.user}:${cred.password}`, { fetch, timeoutMs: 2000 });
    const refused = await gone.file(sampleDraft()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TransientSendError);
    expect((refused as Error).message).toContain('ECONNREFUSED');
  });
});

