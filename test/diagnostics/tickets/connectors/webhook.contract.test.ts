import { afterEach, describe, expect, it } from 'vitest';
import { webhookConnector, webhookSignature } from '../../../../diagnostics/tickets/connectors/webhook.js';
import { PermanentSendError } from '../../../../diagnostics/tickets/send-errors.js';
import { webhookFake } from '../fakes/webhook-fake.js';
import { sampleDraft } from '../sample-draft.js';

describe('webhook connector against a verifying receiver', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => stop?.());
  async function setup(secret: string, now?: () => number) {
    const fake = webhookFake('shared-secret');
    const baseUrl = await fake.server.start();
    stop = () => fake.server.stop();
    const config = { kind: 'webhook' as const, url: `${baseUrl}/hook`, categories: {}, timeoutMs: 2000 };
    return { fake, connector: webhookConnector(config, secret, { fetch, timeoutMs: 2000 }, now) };
  }

  it('posts signed JSON with the bundle inline; a repeat is answered with the same ticket', async () => {
    const { fake, connector } = await setup('shared-secret');
    const draft = sampleDraft();
    const receipt = await connector.file(draft);
    expect(receipt).toEqual({ id: 'WH-1', url: 'https://relay.example/tickets/WH-1' });
    expect(fake.received[0]).toMatchObject({ idempotencyKey: draft.idempotencyKey, subject: draft.subject, segment: 'isp', urgency: 'medium', category: 'Network' });
    const att = fake.received[0]!.attachment as { contentBase64: string; fileName: string };
    expect(Buffer.from(att.contentBase64, 'base64').equals(Buffer.from(draft.attachment.bytes))).toBe(true);
    expect(await connector.file(draft)).toEqual({ id: 'WH-1' });
    expect(fake.received).toHaveLength(1);
  });

  it('is rejected (permanently) with a wrong secret or a stale timestamp', async () => {
    expect(await (await setup('other-secret')).connector.file(sampleDraft()).catch((e: unknown) => e)).toBeInstanceOf(PermanentSendError);
    await stop!();
    const stale = await setup('shared-secret', () => Date.now() - 3600_000);
    expect(((await stale.connector.file(sampleDraft()).catch((e: unknown) => e)) as Error).message).toContain('stale timestamp');
  });

  it('signs "<timestamp>.<body>" with HMAC-SHA256 (a vector from openssl)', () => {
    // Computed independently: printf '1700000000.{}' | openssl dgst -sha256 -hmac key
    expect(webhookSignature('key', '1700000000', '{}')).toBe('sha256=9d713ed406bb7076d4123f0dc2c39d2df5c654ed4b0cd56b52c8b4c940bd63ae');
  });
});
