import { FakeServer, jsonOf, type SeenRequest } from './fake-server.js';

interface ZdTicket {
  id: number;
  fields: Record<string, unknown>;
  attachments: Array<{ file_name: string; bytes: Buffer }>;
}

/**
 * Zendesk Support as documented: POST /api/v2/uploads?filename=… (raw body) → {upload: {token}};
 * POST /api/v2/tickets {ticket: {subject, comment: {body, uploads}, priority, external_id}} with an
 * optional Idempotency-Key (a repeat returns the same ticket); GET /api/v2/tickets?external_id=…;
 * end users: POST /api/v2/requests and GET /api/v2/requests (List Requests, with description).
 */
export function zendeskFake(authorization: string) {
  const tickets: ZdTicket[] = [];
  const uploads = new Map<string, { file_name: string; bytes: Buffer }>();
  const idempotency = new Map<string, number>();
  const guard = (req: SeenRequest) => (req.headers.authorization === authorization ? undefined : { status: 401, json: { error: 'Couldn\'t authenticate you' } });
  const server: FakeServer = new FakeServer([
    [
      'POST',
      /^\/api\/v2\/uploads$/,
      (req) => {
        const denied = guard(req);
        if (denied) return denied;
        const filename = req.query.get('filename');
        if (!filename) return server.reject('upload without ?filename=');
        if (req.body.length > 50 * 1024 * 1024) return { status: 413, json: { error: 'RecordInvalid', description: 'File too large' } };
        const token = `tok${uploads.size + 1}`;
        uploads.set(token, { file_name: filename, bytes: req.body });
        return { status: 201, json: { upload: { token, attachment: { file_name: filename, size: req.body.length } } } };
      },
    ],
    [
      'GET',
      /^\/api\/v2\/tickets$/,
      (req) => guard(req) ?? { status: 200, json: { tickets: tickets.filter((t) => t.fields.external_id === req.query.get('external_id')).map((t) => ({ id: t.id })) } },
    ],
    [
      'POST',
      /^\/api\/v2\/tickets$/,
      (req) => {
        const denied = guard(req);
        if (denied) return denied;
        const key = req.headers['idempotency-key'];
        if (typeof key === 'string' && idempotency.has(key)) return { status: 201, json: { ticket: { id: idempotency.get(key) } }, headers: { 'x-idempotency-lookup': 'hit' } };
        const ticket = jsonOf(req)?.ticket as Record<string, unknown> | undefined;
        const comment = ticket?.comment as { body?: unknown; uploads?: unknown } | undefined;
        if (typeof ticket?.subject !== 'string' || typeof comment?.body !== 'string') return server.reject('ticket needs subject and comment.body');
        if (!['urgent', 'high', 'normal', 'low'].includes(String(ticket.priority))) return server.reject(`priority ${String(ticket.priority)} unknown`);
        const attachments = [];
        for (const token of (comment.uploads as unknown[] | undefined) ?? []) {
          const u = uploads.get(String(token));
          if (!u) return server.reject(`unknown upload token ${String(token)}`);
          attachments.push(u);
        }
        const t: ZdTicket = { id: 100 + tickets.length + 1, fields: ticket, attachments };
        tickets.push(t);
        if (typeof key === 'string') idempotency.set(key, t.id);
        return { status: 201, json: { ticket: { id: t.id, subject: ticket.subject } } };
      },
    ],
    [
      'GET',
      /^\/api\/v2\/requests$/,
      // List Requests: the end user's own requests, newest first when sort_order=desc.
      (req) =>
        guard(req) ?? {
          status: 200,
          json: { requests: tickets.filter((t) => !('external_id' in t.fields)).reverse().map((t) => ({ id: t.id, description: (t.fields.comment as { body?: unknown }).body })) },
        },
    ],
    [
      'POST',
      /^\/api\/v2\/requests$/,
      (req) => {
        const denied = guard(req);
        if (denied) return denied;
        const request = jsonOf(req)?.request as Record<string, unknown> | undefined;
        const comment = request?.comment as { body?: unknown; uploads?: unknown } | undefined;
        if (typeof request?.subject !== 'string' || typeof comment?.body !== 'string') return server.reject('request needs subject and comment.body');
        // End users cannot set agent-only fields; Zendesk rejects them.
        for (const agentOnly of ['external_id', 'group_id', 'tags']) if (agentOnly in request) return server.reject(`end-user request sets ${agentOnly}`);
        const attachments = ((comment.uploads as unknown[] | undefined) ?? []).map((t) => uploads.get(String(t))).filter((u) => u !== undefined);
        const t: ZdTicket = { id: 100 + tickets.length + 1, fields: request, attachments };
        tickets.push(t);
        return { status: 201, json: { request: { id: t.id, subject: request.subject } } };
      },
    ],
  ]);
  return { server, tickets };
}
