import type { Connector } from '../connector.js';
import type { ConnectorConfig } from '../connector-config.js';
import { authHeader } from '../auth-header.js';
import { helpdeskRequest, readJson, unconfirmedAnswer, type HttpContext } from '../http.js';
import type { TicketDraft, TicketReceipt } from '../ticket.js';

type Config = Extract<ConnectorConfig, { kind: 'request-tracker' }>;

/** RT priorities run 0–99 by default. */
const PRIORITY = { high: '80', medium: '50', low: '20' } as const;

/** The short form of the key that goes into the subject when no custom field is configured. */
export function subjectMarker(key: string): string {
  return `[homeline:${key.replace(/[^0-9a-zA-Z]/g, '').slice(0, 16)}]`;
}

/**
 * Request Tracker 5 through REST2: one JSON POST /REST/2.0/ticket with the bundle inline (base64),
 * so ticket and attachment are created together. RT has no category: map the segment to a queue
 * instead, or leave it in the description.
 * Idempotency: RT has none. With `idempotencyField` set, the key goes into that ticket custom field
 * and a retry searches `CF.{field} = 'key'`; otherwise a short marker ends the subject and a retry
 * searches `Subject LIKE 'marker'` in the queue (TicketSQL through GET /REST/2.0/tickets).
 */
export function requestTrackerConnector(config: Config, secret: string, http: HttpContext): Connector {
  const base = config.baseUrl.replace(/\/+$/, '');
  const headers = { Authorization: authHeader(config.auth, secret), Accept: 'application/json' };
  const receipt = (id: string): TicketReceipt => ({ id, url: `${base}/Ticket/Display.html?id=${id}` });
  const field = config.idempotencyField;

  async function find(key: string): Promise<string | undefined> {
    const clause = field ? `CF.{${field}} = '${sqlString(key)}'` : `Subject LIKE '${sqlString(subjectMarker(key))}'`;
    const query = `Queue = '${sqlString(config.queue)}' AND ${clause}`;
    const res = await helpdeskRequest(http, `${base}/REST/2.0/tickets?${new URLSearchParams({ query })}`, { headers }, 'look up an earlier ticket');
    const items = ((await readJson(res, 'the ticket search', 'lookup')) as { items?: Array<{ id?: unknown }> }).items ?? [];
    return items[0]?.id === undefined ? undefined : String(items[0].id);
  }

  async function create(d: TicketDraft): Promise<string> {
    const body = {
      Queue: config.queue,
      Subject: field ? d.subject : `${d.subject} ${subjectMarker(d.idempotencyKey)}`,
      Content: d.description,
      ContentType: 'text/plain',
      Priority: config.priorities[d.urgency] ?? PRIORITY[d.urgency],
      ...(field ? { CustomFields: { [field]: d.idempotencyKey } } : {}),
      Attachments: [{ FileName: d.attachment.fileName, FileType: d.attachment.contentType, FileContent: Buffer.from(d.attachment.bytes).toString('base64') }],
    };
    const res = await helpdeskRequest(
      http,
      `${base}/REST/2.0/ticket`,
      { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
      'create the ticket',
    );
    // RT names the new ticket in Location too: a body that breaks off still confirms the ticket.
    const located = /\/ticket\/(\d+)$/.exec(res.headers.get('location') ?? '')?.[1];
    if (located !== undefined) return located;
    const id = ((await readJson(res, 'the ticket creation', 'filing')) as { id?: unknown }).id;
    if (id === undefined) throw unconfirmedAnswer('Request Tracker answered without the new ticket id.');
    return String(id);
  }

  return {
    kind: 'request-tracker',
    async file(d: TicketDraft): Promise<TicketReceipt> {
      return receipt((await find(d.idempotencyKey)) ?? (await create(d)));
    },
  };
}

/** Escapes a value for a single-quoted TicketSQL string. */
function sqlString(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}
