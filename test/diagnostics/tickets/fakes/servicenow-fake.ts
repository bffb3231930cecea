import { FakeServer, jsonOf, type SeenRequest } from './fake-server.js';

interface Incident {
  sys_id: string;
  number: string;
  fields: Record<string, unknown>;
  attachments: Array<{ file_name: string; content_type: string; bytes: Buffer }>;
}

/**
 * ServiceNow as its REST docs describe it: Table API `incident` (JSON, answers `{result: {...}}`,
 * query by `sysparm_query=correlation_id=…`), Attachment API (`/api/now/attachment/file` raw body
 * with table_name, table_sys_id, file_name; `/api/now/attachment` list). Basic auth required.
 * `stallCreate` records the incident and never answers: the help desk got it, the caller never knows.
 */
export function serviceNowFake(credential: { user: string; password: string }, opts: { stallCreate?: boolean } = {}) {
  const incidents: Incident[] = [];
  const expectedAuth = `Basic ${Buffer.from(`${credential.user}:${credential.password}`).toString('base64')}`;
  const state = { stallCreate: opts.stallCreate ?? false };
  const authed = (req: SeenRequest): boolean => req.headers.authorization === expectedAuth;
  const server: FakeServer = new FakeServer([
    [
      'GET',
      /^\/api\/now\/table\/incident$/,
      (req) => {
        if (!authed(req)) return { status: 401, json: { error: { message: 'User Not Authenticated' }, status: 'failure' } };
        const m = /^correlation_id=(.+)$/.exec(req.query.get('sysparm_query') ?? '');
        if (!m) return server.reject(`incident lookup without a correlation_id query: ${req.query.get('sysparm_query')}`);
        return { status: 200, json: { result: incidents.filter((i) => i.fields.correlation_id === m[1]).map((i) => ({ sys_id: i.sys_id, number: i.number })) } };
      },
    ],
    [
      'POST',
      /^\/api\/now\/table\/incident$/,
      (req) => {
        if (!authed(req)) return { status: 401, json: { error: { message: 'User Not Authenticated' }, status: 'failure' } };
        const body = jsonOf(req);
        if (!body) return server.reject('incident body is not JSON');
        if (typeof body.short_description !== 'string' || body.short_description.length > 160) return server.reject('short_description missing or over 160 characters');
        if (!['1', '2', '3'].includes(String(body.urgency))) return server.reject(`urgency ${String(body.urgency)} is not 1, 2 or 3`);
        const n = incidents.length + 1;
        const incident: Incident = { sys_id: `a${String(n).padStart(31, '0')}`, number: `INC${String(n).padStart(7, '0')}`, fields: body, attachments: [] };
        incidents.push(incident);
        if (state.stallCreate) return 'stall';
        return { status: 201, json: { result: { sys_id: incident.sys_id, number: incident.number, ...body } } };
      },
    ],
    [
      'GET',
      /^\/api\/now\/attachment$/,
      (req) => {
        if (!authed(req)) return { status: 401, json: { error: { message: 'User Not Authenticated' } } };
        const m = /^table_sys_id=([^^]+)\^file_name=(.+)$/.exec(req.query.get('sysparm_query') ?? '');
        if (!m) return server.reject(`attachment lookup query unexpected: ${req.query.get('sysparm_query')}`);
        const inc = incidents.find((i) => i.sys_id === m[1]);
        return { status: 200, json: { result: (inc?.attachments ?? []).filter((a) => a.file_name === m[2]).map((a) => ({ file_name: a.file_name })) } };
      },
    ],
    [
      'POST',
      /^\/api\/now\/attachment\/file$/,
      (req) => {
        if (!authed(req)) return { status: 401, json: { error: { message: 'User Not Authenticated' } } };
        const inc = incidents.find((i) => i.sys_id === req.query.get('table_sys_id'));
        if (req.query.get('table_name') !== 'incident' || !inc) return server.reject('attachment for an unknown incident');
        const fileName = req.query.get('file_name');
        if (!fileName) return server.reject('attachment without file_name');
        inc.attachments.push({ file_name: fileName, content_type: String(req.headers['content-type']), bytes: req.body });
        return { status: 201, json: { result: { sys_id: `att${inc.attachments.length}`, file_name: fileName, table_sys_id: inc.sys_id } } };
      },
    ],
  ]);
  return { server, incidents, state };
}
