import { afterEach, describe, expect, it } from 'vitest';
import { freshserviceConnector } from '../../../../diagnostics/tickets/connectors/freshservice.js';
import { PermanentSendError, TransientSendError } from '../../../../diagnostics/tickets/send-errors.js';
import { freshserviceFake } from '../fakes/freshservice-fake.js';
import { sampleDraft } from '../sample-draft.js';

describe('Freshservice connector against a contract fake', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => stop?.());
  async function setup(key = 'fs-api-key') {
    const fake = freshserviceFake('fs-api-key');
    const baseUrl = await fake.server.start();
    stop = () => fake.server.stop();
    const config = { kind: 'freshservice' as const, baseUrl, auth: 'apikey' as const, requesterEmail: 'anna@example.com', categories: {}, priorities: {}, timeoutMs: 2000 };
    return { fake, baseUrl, connector: freshserviceConnector(config, key, { fetch, timeoutMs: 2000 }) };
  }

  it('sends one multipart ticket with attachments[] and finds it by its marker on retry', async () => {
    const { fake, connector, baseUrl } = await setup();
    const draft = sampleDraft({ urgency: 'high', description: `a < b\nHomeline-Ticket: fixed-key-1`, idempotencyKey: 'fixed-key-1' });
    const receipt = await connector.file(draft);
    expect(receipt).toEqual({ id: '1001', url: `${baseUrl}/helpdesk/tickets/1001` });
    expect(fake.tickets[0]!.fields).toMatchObject({ email: 'anna@example.com', priority: '3', urgency: '3', status: '2', category: 'Network' });
    // multipart/form-data turns line breaks into CRLF on the wire (WHATWG FormData); Freshservice keeps them.
    expect(fake.tickets[0]!.fields.description!.replace(/\r\n/g, '\n')).toBe('<pre>a &lt; b\nHomeline-Ticket: fixed-key-1</pre>');
    expect(fake.tickets[0]!.attachments[0]!.name).toBe('homeline-bundle.zip');
    expect(fake.tickets[0]!.attachments[0]!.bytes.equals(Buffer.from(draft.attachment.bytes))).toBe(true);
    expect(await connector.file(draft)).toEqual(receipt);
    expect(fake.tickets).toHaveLength(1);
    expect(fake.server.violations).toEqual([]);
  });

  it('maps a wrong API key to permanent and 429 to transient with Retry-After', async () => {
    expect(await (await setup('wrong')).connector.file(sampleDraft()).catch((e: unknown) => e)).toBeInstanceOf(PermanentSendError);
    await stop!();
    const { fake, connector } = await setup();
    fake.server.failNext({ status: 429, headers: { 'Retry-After': '60' } });
    const err = await connector.file(sampleDraft()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TransientSendError);
    expect((err as TransientSendError).retryAfterMs).toBe(60_000);
  });
});
