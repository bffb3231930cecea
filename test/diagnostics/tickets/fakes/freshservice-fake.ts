import { FakeServer, formDataOf, type SeenRequest } from './fake-server.js';

interface FsTicket {
  id: number;
  fields: Record<string, string>;
  attachments: Array<{ name: string; bytes: Buffer }>;
}

/**
 * Freshservice API v2 as documented: Basic with the API key and "X"; POST /api/v2/tickets as
 * multipart/form-data (fields plus `attachments[]`), status/priority/source numbers;
 * GET /api/v2/tickets?email=…&updated_since=… lists the requester's tickets.
 */
export function freshserviceFake(apiKey: string) {
  const tickets: FsTicket[] = [];
  const expected = `Basic ${Buffer.from(`${apiKey}:X`).toString('base64')}`;
  const guard = (req: SeenRequest) => (req.headers.authorization === expected ? undefined : { status: 401, json: { code: 'invalid_credentials', message: 'You have to be logged in to perform this action.' } });
  const server: FakeServer = new FakeServer([
    [
      'GET',
      /^\/api\/v2\/tickets$/,
      (req) => {
        const denied = guard(req);
        if (denied) return denied;
        if (!req.query.get('email') || !req.query.get('updated_since')) return server.reject('ticket list without email and updated_since');
        const mine = tickets.filter((t) => t.fields.email === req.query.get('email'));
        return { status: 200, json: { tickets: mine.map((t) => ({ id: t.id, subject: t.fields.subject, description: t.fields.description, description_text: (t.fields.description ?? '').replace(/<[^>]+>/g, '') })) } };
      },
    ],
    [
      'POST',
      /^\/api\/v2\/tickets$/,
      async (req) => {
        const denied = guard(req);
        if (denied) return denied;
        const form = await formDataOf(req);
        if (!form) return server.reject('ticket with attachments must be multipart/form-data');
        const fields: Record<string, string> = {};
        const attachments: FsTicket['attachments'] = [];
        for (const [k, v] of form.entries()) {
          if (k === 'attachments[]' && v instanceof File) attachments.push({ name: v.name, bytes: Buffer.from(await v.arrayBuffer()) });
          else if (typeof v === 'string') fields[k] = v;
        }
        for (const k of ['email', 'subject', 'description', 'status', 'priority']) if (!fields[k]) return server.reject(`missing field ${k}`);
        if (!['1', '2', '3', '4'].includes(fields.priority!)) return server.reject(`priority ${fields.priority} out of range`);
        const t: FsTicket = { id: 1000 + tickets.length + 1, fields, attachments };
        tickets.push(t);
        return { status: 201, json: { ticket: { id: t.id, subject: fields.subject, attachments: attachments.map((a) => ({ name: a.name, size: a.bytes.length })) } } };
      },
    ],
  ]);
  return { server, tickets };
}
