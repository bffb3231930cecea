import type { Connector } from '../connector.js';
import type { ConnectorConfig } from '../connector-config.js';
import { authHeader } from '../auth-header.js';
import { helpdeskRequest, readJson, unconfirmedAnswer, type HttpContext } from '../http.js';
import type { TicketDraft, TicketReceipt } from '../ticket.js';

type Config = Extract<ConnectorConfig, { kind: 'freshservice' }>;

/** Freshservice priority and urgency: 1 low … 3 high (priority goes up to 4, urgent). */
const LEVEL = { high: '3', medium: '2', low: '1' } as const;

/**
 * Freshservice v2: one multipart POST /api/v2/tickets with the fields and `attachments[]`, so the
 * ticket and its bundle arrive together. Status 2 (open), source 2 (portal).
 * Idempotency: Freshservice has none; the description carries the marker line, and a retry first
 * lists the requester's tickets updated in the last day and looks for the key in their text.
 */
export function freshserviceConnector(config: Config, secret: string, http: HttpContext, now: () => number = Date.now): Connector {
  const base = config.baseUrl.replace(/\/+$/, '');
  const headers = { Authorization: authHeader(config.auth, secret), Accept: 'application/json' };
  const receipt = (id: string): TicketReceipt => ({ id, url: `${base}/helpdesk/tickets/${id}` });

  async function find(key: string): Promise<string | undefined> {
    const since = new Date(now() - 24 * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const q = new URLSearchParams({ email: config.requesterEmail, updated_since: since, per_page: '100' });
    const res = await helpdeskRequest(http, `${base}/api/v2/tickets?${q}`, { headers }, 'look up an earlier ticket');
    const list = (await readJson(res, 'the ticket list', 'lookup')) as { tickets?: Array<{ id?: unknown; description_text?: unknown; description?: unknown }> };
    const hit = (list.tickets ?? []).find((t) => `${String(t.description_text ?? '')} ${String(t.description ?? '')}`.includes(key));
    return hit?.id === undefined ? undefined : String(hit.id);
  }

  async function create(d: TicketDraft): Promise<string> {
    const level = config.priorities[d.urgency] ?? LEVEL[d.urgency];
    const form = new FormData();
    form.append('email', config.requesterEmail);
    form.append('subject', d.subject);
    // Freshservice renders the description as HTML: keep the lines, escape the rest.
    form.append('description', `<pre>${escapeHtml(d.description)}</pre>`);
    form.append('status', '2');
    form.append('priority', level);
    form.append('urgency', String(Math.min(3, Number(level))));
    form.append('source', '2');
    if (d.category) form.append('category', d.category);
    if (config.groupId !== undefined) form.append('group_id', String(config.groupId));
    form.append('attachments[]', new Blob([d.attachment.bytes as Uint8Array<ArrayBuffer>], { type: d.attachment.contentType }), d.attachment.fileName);
    const res = await helpdeskRequest(http, `${base}/api/v2/tickets`, { method: 'POST', headers, body: form }, 'create the ticket');
    const id = ((await readJson(res, 'the ticket creation', 'filing')) as { ticket?: { id?: unknown } }).ticket?.id;
    if (id === undefined) throw unconfirmedAnswer('Freshservice answered without ticket.id.');
    return String(id);
  }

  return {
    kind: 'freshservice',
    async file(d: TicketDraft): Promise<TicketReceipt> {
      return receipt((await find(d.idempotencyKey)) ?? (await create(d)));
    },
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
