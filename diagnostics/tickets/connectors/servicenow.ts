import type { Connector } from '../connector.js';
import type { ConnectorConfig } from '../connector-config.js';
import { authHeader } from '../auth-header.js';
import { helpdeskRequest, readJson, unconfirmedAnswer, type HttpContext } from '../http.js';
import { TransientSendError } from '../send-errors.js';
import type { TicketDraft, TicketReceipt } from '../ticket.js';

type Config = Extract<ConnectorConfig, { kind: 'servicenow' }>;

/** ServiceNow's incident urgency: 1 high, 2 medium, 3 low. */
const URGENCY = { high: '1', medium: '2', low: '3' } as const;

/**
 * ServiceNow through the Table API (incident) and the Attachment API.
 * Idempotency: the key goes into the incident's `correlation_id`; before creating, a retry looks
 * the incident up by it, and before uploading, checks whether the bundle is already attached.
 */
export function serviceNowConnector(config: Config, secret: string, http: HttpContext): Connector {
  const base = config.baseUrl.replace(/\/+$/, '');
  const headers = { Authorization: authHeader(config.auth, secret), Accept: 'application/json' };

  async function find(key: string): Promise<{ sysId: string; number: string } | undefined> {
    const q = new URLSearchParams({ sysparm_query: `correlation_id=${key}`, sysparm_fields: 'sys_id,number', sysparm_limit: '1' });
    const res = await helpdeskRequest(http, `${base}/api/now/table/incident?${q}`, { headers }, 'look up an earlier incident');
    const row = resultOf(await readJson(res, 'the incident lookup', 'lookup'))[0];
    return row ? { sysId: String(row.sys_id), number: String(row.number) } : undefined;
  }

  async function create(d: TicketDraft): Promise<{ sysId: string; number: string }> {
    const body = {
      short_description: d.subject,
      description: d.description,
      urgency: config.priorities[d.urgency] ?? URGENCY[d.urgency],
      correlation_id: d.idempotencyKey,
      correlation_display: 'Homeline',
      ...(d.category ? { category: d.category } : {}),
      ...(config.assignmentGroup ? { assignment_group: config.assignmentGroup } : {}),
      ...(config.callerId ? { caller_id: config.callerId } : {}),
    };
    const res = await helpdeskRequest(
      http,
      `${base}/api/now/table/incident`,
      { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
      'create the incident',
    );
    const json = (await readJson(res, 'the incident creation', 'filing')) as { result?: { sys_id?: unknown; number?: unknown } };
    if (typeof json.result?.sys_id !== 'string') throw unconfirmedAnswer('ServiceNow answered the incident creation without result.sys_id.');
    return { sysId: json.result.sys_id, number: String(json.result.number ?? json.result.sys_id) };
  }

  async function attach(sysId: string, d: TicketDraft): Promise<void> {
    const name = d.attachment.fileName;
    const q = new URLSearchParams({ sysparm_query: `table_sys_id=${sysId}^file_name=${name}`, sysparm_limit: '1' });
    const existing = await helpdeskRequest(http, `${base}/api/now/attachment?${q}`, { headers }, 'look up the attachment');
    if (resultOf(await readJson(existing, 'the attachment lookup', 'lookup')).length > 0) return;
    const target = new URLSearchParams({ table_name: 'incident', table_sys_id: sysId, file_name: name });
    await helpdeskRequest(
      http,
      `${base}/api/now/attachment/file?${target}`,
      { method: 'POST', headers: { ...headers, 'Content-Type': d.attachment.contentType }, body: d.attachment.bytes },
      'upload the bundle',
    );
  }

  return {
    kind: 'servicenow',
    async file(d: TicketDraft): Promise<TicketReceipt> {
      const incident = (await find(d.idempotencyKey)) ?? (await create(d));
      await attach(incident.sysId, d);
      return { id: incident.number, url: `${base}/nav_to.do?uri=incident.do?sys_id=${incident.sysId}` };
    },
  };
}

function resultOf(json: unknown): Array<Record<string, unknown>> {
  const result = (json as { result?: unknown } | null)?.result;
  if (!Array.isArray(result)) throw new TransientSendError('ServiceNow answered without a result list.');
  return result as Array<Record<string, unknown>>;
}
