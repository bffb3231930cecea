import { createHmac } from 'node:crypto';
import type { Connector } from '../connector.js';
import type { ConnectorConfig } from '../connector-config.js';
import { helpdeskRequest, readBody, type HttpContext } from '../http.js';
import type { TicketDraft, TicketReceipt } from '../ticket.js';

type Config = Extract<ConnectorConfig, { kind: 'webhook' }>;

/** Header names of the signature, for receivers to verify. */
export const WEBHOOK_HEADERS = { timestamp: 'X-Homeline-Timestamp', signature: 'X-Homeline-Signature' } as const;

/**
 * The signature a receiver recomputes: HMAC-SHA256 over "<timestamp>.<body>" with the shared
 * secret, hex, prefixed "sha256=". The timestamp (Unix seconds) is signed so that a receiver can
 * reject replays older than a few minutes.
 */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * A generic webhook (a company relay, a low-code flow): one signed JSON POST with the bundle inline.
 * Idempotency: the receiver's job — the key is in the body and in the `Idempotency-Key` header;
 * a receiver must answer a repeated key with the ticket it already made. It may answer
 * `{ "id": …, "url": … }`; without that the key is the ticket id.
 */
export function webhookConnector(config: Config, secret: string, http: HttpContext, now: () => number = Date.now): Connector {
  return {
    kind: 'webhook',
    async file(d: TicketDraft): Promise<TicketReceipt> {
      const body = JSON.stringify({
        idempotencyKey: d.idempotencyKey,
        subject: d.subject,
        description: d.description,
        segment: d.segment,
        ...(d.category ? { category: d.category } : {}),
        urgency: d.urgency,
        attachment: { fileName: d.attachment.fileName, contentType: d.attachment.contentType, contentBase64: Buffer.from(d.attachment.bytes).toString('base64') },
      });
      const timestamp = String(Math.floor(now() / 1000));
      const res = await helpdeskRequest(
        http,
        config.url,
        {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Idempotency-Key': d.idempotencyKey,
            [WEBHOOK_HEADERS.timestamp]: timestamp,
            [WEBHOOK_HEADERS.signature]: webhookSignature(secret, timestamp, body),
          },
          body,
        },
        'deliver the ticket',
      );
      // The answer is optional: a receiver that says nothing useful still took the ticket. One that
      // breaks off mid-answer may have taken it: the retry re-posts the same key, which it dedups.
      const answer = await optionalAnswer(res);
      return {
        id: answer.id === undefined ? d.idempotencyKey : String(answer.id),
        ...(typeof answer.url === 'string' ? { url: answer.url } : {}),
      };
    },
  };
}

/** The receiver's `{ id, url }`; `{}` when its complete answer is empty or not JSON. */
async function optionalAnswer(res: Response): Promise<{ id?: unknown; url?: unknown }> {
  const text = await readBody(res, 'the ticket delivery', 'filing');
  try {
    const json = JSON.parse(text) as unknown;
    return typeof json === 'object' && json !== null ? json : {};
  } catch {
    return {};
  }
}
