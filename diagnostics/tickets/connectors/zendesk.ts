import type { Connector } from '../connector.js';
import type { ConnectorConfig } from '../connector-config.js';
import { authHeader } from '../auth-header.js';
import { helpdeskRequest, readJson, unconfirmedAnswer, type HttpContext } from '../http.js';
import { TransientSendError } from '../send-errors.js';
import { idempotencyMarker, type TicketDraft, type TicketReceipt } from '../ticket.js';

type Config = Extract<ConnectorConfig, { kind: 'zendesk' }>;

/** Zendesk's ticket priorities. */
const PRIORITY = { high: 'high', medium: 'normal', low: 'low' } as const;

/**
 * Zendesk: the bundle goes up first (`/api/v2/uploads`, a token valid for 60 minutes, so upload and
 * create happen in the same attempt), then the ticket (agents, `/api/v2/tickets`) or request (end
 * users, `/api/v2/requests`) carries the token in `comment.uploads`. The category becomes a tag.
 * Idempotency: native — the `Idempotency-Key` header on create — and, because Zendesk forgets those
 * keys after a few hours, a retry looks the ticket up first: agents by `external_id` (the key);
 * end users cannot set or list external ids, so their recent requests are searched for the marker
 * line the description ends with.
 */
export function zendeskConnector(config: Config, secret: string, http: HttpContext): Connector {
  const base = config.baseUrl.replace(/\/+$/, '');
  const headers = { Authorization: authHeader(config.auth, secret), Accept: 'application/json' };
  const agent = config.endpoint === 'tickets';
  const receipt = (id: string): TicketReceipt => ({ id, url: agent ? `${base}/agent/tickets/${id}` : `${base}/hc/requests/${id}` });

  async function find(key: string): Promise<string | undefined> {
    if (!agent) return findRequest(key);
    const res = await helpdeskRequest(http, `${base}/api/v2/tickets?${new URLSearchParams({ external_id: key })}`, { headers }, 'look up an earlier ticket');
    const found = (await readJson(res, 'the ticket lookup', 'lookup')) as { tickets?: Array<{ id?: unknown }> };
    const id = found.tickets?.[0]?.id;
    return id === undefined ? undefined : String(id);
  }

  /** The end user's newest requests (List Requests), searched for the marker line. */
  async function findRequest(key: string): Promise<string | undefined> {
    const q = new URLSearchParams({ sort_by: 'created_at', sort_order: 'desc', per_page: '100' });
    const res = await helpdeskRequest(http, `${base}/api/v2/requests?${q}`, { headers }, 'look up an earlier request');
    const found = (await readJson(res, 'the request list', 'lookup')) as { requests?: Array<{ id?: unknown; description?: unknown }> };
    const marker = idempotencyMarker(key);
    const hit = (found.requests ?? []).find((r) => typeof r.description === 'string' && r.description.includes(marker));
    return hit?.id === undefined ? undefined : String(hit.id);
  }

  async function upload(d: TicketDraft): Promise<string> {
    const res = await helpdeskRequest(
      http,
      `${base}/api/v2/uploads?${new URLSearchParams({ filename: d.attachment.fileName })}`,
      { method: 'POST', headers: { ...headers, 'Content-Type': d.attachment.contentType }, body: d.attachment.bytes as Uint8Array<ArrayBuffer> },
      'upload the bundle',
    );
    const token = ((await readJson(res, 'the upload', 'lookup')) as { upload?: { token?: unknown } }).upload?.token;
    if (typeof token !== 'string') throw new TransientSendError('Zendesk accepted the upload but returned no upload.token.');
    return token;
  }

  async function create(d: TicketDraft, token: string): Promise<string> {
    const fields = {
      subject: d.subject,
      comment: { body: d.description, uploads: [token] },
      priority: config.priorities[d.urgency] ?? PRIORITY[d.urgency],
      ...(agent ? { external_id: d.idempotencyKey } : {}),
      ...(agent && d.category ? { tags: [d.category.toLowerCase().replace(/\s+/g, '_')] } : {}),
      ...(agent && config.groupId !== undefined ? { group_id: config.groupId } : {}),
    };
    const res = await helpdeskRequest(
      http,
      `${base}/api/v2/${config.endpoint}`,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json', 'Idempotency-Key': d.idempotencyKey },
        body: JSON.stringify(agent ? { ticket: fields } : { request: fields }),
      },
      `create the ${agent ? 'ticket' : 'request'}`,
    );
    const json = (await readJson(res, 'the ticket creation', 'filing')) as { ticket?: { id?: unknown }; request?: { id?: unknown } };
    const id = (agent ? json.ticket : json.request)?.id;
    if (id === undefined) throw unconfirmedAnswer('Zendesk answered without a ticket id.');
    return String(id);
  }

  return {
    kind: 'zendesk',
    async file(d: TicketDraft): Promise<TicketReceipt> {
      const earlier = await find(d.idempotencyKey);
      if (earlier !== undefined) return receipt(earlier);
      return receipt(await create(d, await upload(d)));
    },
  };
}
