import { afterEach, describe, expect, it } from 'vitest';
import { jiraServiceManagementConnector } from '../../../../diagnostics/tickets/connectors/jira-service-management.js';
import { basicAuth } from '../../../../diagnostics/tickets/http.js';
import { PermanentSendError, TransientSendError } from '../../../../diagnostics/tickets/send-errors.js';
import { jiraSmFake } from '../fakes/jira-sm-fake.js';
import { sampleDraft } from '../sample-draft.js';

describe('Jira Service Management connector against a contract fake', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => stop?.());
  async function setup(secret = 'agent@example.com:api-token') {
    const fake = jiraSmFake(basicAuth('agent@example.com', 'api-token'));
    const baseUrl = await fake.server.start();
    stop = () => fake.server.stop();
    const config = { kind: 'jira-sm' as const, baseUrl, auth: 'basic' as const, serviceDeskId: '4', requestTypeId: '25', categories: {}, priorities: { high: '2' }, timeoutMs: 2000 };
    return { fake, connector: jiraServiceManagementConnector(config, secret, { fetch, timeoutMs: 2000 }) };
  }

  it('creates a request, attaches the bundle through a temporary file, and finds it again on retry', async () => {
    const { fake, connector } = await setup();
    const draft = sampleDraft({ urgency: 'high' });
    const receipt = await connector.file(draft);
    expect(receipt).toEqual({ id: 'HD-1', url: 'https://example.atlassian.net/servicedesk/customer/portal/1/HD-1' });
    expect(fake.requests[0]!.fields).toMatchObject({ summary: draft.subject, priority: { id: '2' }, labels: ['Network'] });
    expect(fake.requests[0]!.attachments[0]!.filename).toBe('homeline-bundle.zip');
    expect(fake.requests[0]!.attachments[0]!.bytes.equals(Buffer.from(draft.attachment.bytes))).toBe(true);
    expect(await connector.file(draft)).toEqual(receipt);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.attachments).toHaveLength(1);
    expect(fake.server.violations).toEqual([]);
  });

  it('leaves priority out when the configuration does not map it (request types without the field reject it)', async () => {
    const { fake, connector } = await setup();
    await connector.file(sampleDraft({ urgency: 'low' }));
    expect(fake.requests[0]!.fields).not.toHaveProperty('priority');
  });

  it('maps 401 to permanent and a 500 during the upload to transient, then completes without a duplicate', async () => {
    const bad = await setup('agent@example.com:wrong');
    expect(await bad.connector.file(sampleDraft()).catch((e: unknown) => e)).toBeInstanceOf(PermanentSendError);
    await stop!();
    const { fake, connector } = await setup();
    const draft = sampleDraft();
    fake.server.failLater(4, { status: 500 }); // search, create, list attachments, then the upload fails
    expect(await connector.file(draft).catch((e: unknown) => e)).toBeInstanceOf(TransientSendError);
    await connector.file(draft);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.attachments).toHaveLength(1);
  });
});
