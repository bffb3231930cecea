import type { Connector } from '../connector.js';
import type { ConnectorConfig } from '../connector-config.js';
import { authHeader } from '../auth-header.js';
import { helpdeskRequest, readJson, unconfirmedAnswer, type HttpContext } from '../http.js';
import { TransientSendError } from '../send-errors.js';
import type { TicketDraft, TicketReceipt } from '../ticket.js';

type Config = Extract<ConnectorConfig, { kind: 'jira-sm' }>;

interface RequestRef {
  readonly key: string;
  readonly web?: string;
}

/**
 * Jira Service Management through its customer-facing REST API (servicedeskapi): a request, then a
 * temporary attachment that is attached to it. Priority is only sent when the configuration maps it
 * (request types without the field reject it); the category becomes a label.
 * Idempotency: JSM has none; the description carries the marker line, and a retry searches the
 * requests for the key first (`searchTerm`), then attaches the bundle only if it is not there yet.
 */
export function jiraServiceManagementConnector(config: Config, secret: string, http: HttpContext): Connector {
  const base = config.baseUrl.replace(/\/+$/, '');
  const headers = { Authorization: authHeader(config.auth, secret), Accept: 'application/json' };
  const json = { ...headers, 'Content-Type': 'application/json' };

  async function find(key: string): Promise<RequestRef | undefined> {
    const q = new URLSearchParams({ searchTerm: key, serviceDeskId: config.serviceDeskId, requestOwnership: 'ALL_REQUESTS' });
    const res = await helpdeskRequest(http, `${base}/rest/servicedeskapi/request?${q}`, { headers }, 'look up an earlier request');
    const values = (await readJson(res, 'the request search', 'lookup')) as { values?: Array<Record<string, unknown>> };
    // searchTerm is a text search: only a request whose fields really hold the key counts.
    const hit = (values.values ?? []).find((v) => JSON.stringify(v.requestFieldValues ?? '').includes(key));
    return hit ? refOf(hit) : undefined;
  }

  async function create(d: TicketDraft): Promise<RequestRef> {
    const priority = config.priorities[d.urgency];
    const requestFieldValues = {
      summary: d.subject,
      description: d.description,
      ...(priority ? { priority: { id: priority } } : {}),
      ...(d.category ? { labels: [d.category] } : {}),
    };
    const body = { serviceDeskId: config.serviceDeskId, requestTypeId: config.requestTypeId, requestFieldValues };
    const res = await helpdeskRequest(http, `${base}/rest/servicedeskapi/request`, { method: 'POST', headers: json, body: JSON.stringify(body) }, 'create the request');
    return refOf((await readJson(res, 'the request creation', 'filing')) as Record<string, unknown>);
  }

  async function attach(key: string, d: TicketDraft): Promise<void> {
    const listed = await helpdeskRequest(http, `${base}/rest/servicedeskapi/request/${encodeURIComponent(key)}/attachment`, { headers }, 'list the attachments');
    const existing = (await readJson(listed, 'the attachment list', 'lookup')) as { values?: Array<{ filename?: unknown }> };
    if ((existing.values ?? []).some((a) => a.filename === d.attachment.fileName)) return;
    const form = new FormData();
    form.append('file', new Blob([d.attachment.bytes as Uint8Array<ArrayBuffer>], { type: d.attachment.contentType }), d.attachment.fileName);
    const uploaded = await helpdeskRequest(
      http,
      `${base}/rest/servicedeskapi/servicedesk/${encodeURIComponent(config.serviceDeskId)}/attachTemporaryFile`,
      { method: 'POST', headers: { ...headers, 'X-Atlassian-Token': 'no-check' }, body: form },
      'upload the bundle',
    );
    const temp = (await readJson(uploaded, 'the upload', 'lookup')) as { temporaryAttachments?: Array<{ temporaryAttachmentId?: unknown }> };
    const ids = (temp.temporaryAttachments ?? []).map((a) => a.temporaryAttachmentId).filter((id): id is string => typeof id === 'string');
    if (ids.length === 0) throw new TransientSendError('Jira Service Management accepted the upload but returned no temporaryAttachmentId.');
    await helpdeskRequest(
      http,
      `${base}/rest/servicedeskapi/request/${encodeURIComponent(key)}/attachment`,
      { method: 'POST', headers: json, body: JSON.stringify({ temporaryAttachmentIds: ids, public: true }) },
      'attach the bundle',
    );
  }

  return {
    kind: 'jira-sm',
    async file(d: TicketDraft): Promise<TicketReceipt> {
      const request = (await find(d.idempotencyKey)) ?? (await create(d));
      await attach(request.key, d);
      return { id: request.key, ...(request.web ? { url: request.web } : {}) };
    },
  };
}

function refOf(v: Record<string, unknown>): RequestRef {
  if (typeof v.issueKey !== 'string') throw unconfirmedAnswer('Jira Service Management answered without an issueKey.');
  const web = (v._links as { web?: unknown } | undefined)?.web;
  return { key: v.issueKey, ...(typeof web === 'string' ? { web } : {}) };
}
