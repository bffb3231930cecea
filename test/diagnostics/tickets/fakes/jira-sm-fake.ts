import { FakeServer, formDataOf, jsonOf, type SeenRequest } from './fake-server.js';

interface JsmRequest {
  issueKey: string;
  fields: Record<string, unknown>;
  attachments: Array<{ filename: string; bytes: Buffer }>;
}

/**
 * Jira Service Management's servicedeskapi as documented: POST /request {serviceDeskId,
 * requestTypeId, requestFieldValues}; GET /request?searchTerm=…; attachTemporaryFile (multipart
 * `file`, X-Atlassian-Token: no-check) → temporaryAttachments; POST /request/{key}/attachment
 * {temporaryAttachmentIds, public}; GET /request/{key}/attachment.
 */
const webOf = (key: string): string => `https://example.atlassian.net/servicedesk/customer/portal/1/${key}`;

export function jiraSmFake(authorization: string, serviceDeskId = '4') {
  const requests: JsmRequest[] = [];
  const temporary = new Map<string, { filename: string; bytes: Buffer }>();
  const server: FakeServer = new FakeServer([
    ['GET', /^\/rest\/servicedeskapi\/request$/, (req) => guard(req) ?? search(req)],
    ['POST', /^\/rest\/servicedeskapi\/request$/, (req) => guard(req) ?? create(req)],
    ['POST', /^\/rest\/servicedeskapi\/servicedesk\/[^/]+\/attachTemporaryFile$/, async (req) => guard(req) ?? (await upload(req))],
    ['GET', /^\/rest\/servicedeskapi\/request\/[^/]+\/attachment$/, (req) => guard(req) ?? listAttachments(req)],
    ['POST', /^\/rest\/servicedeskapi\/request\/[^/]+\/attachment$/, (req) => guard(req) ?? attach(req)],
  ]);
  const guard = (req: SeenRequest) => (req.headers.authorization === authorization ? undefined : { status: 401, json: { errorMessage: 'Unauthorized' } });
  const byKey = (req: SeenRequest) => requests.find((r) => r.issueKey === decodeURIComponent(req.path.split('/')[4] ?? ''));
  const search = (req: SeenRequest) => {
    const term = req.query.get('searchTerm') ?? '';
    const hits = requests.filter((r) => JSON.stringify(r.fields).includes(term));
    return { status: 200, json: { size: hits.length, values: hits.map((r) => ({ issueKey: r.issueKey, _links: { web: webOf(r.issueKey) }, requestFieldValues: Object.entries(r.fields).map(([fieldId, value]) => ({ fieldId, value })) })) } };
  };
  const create = (req: SeenRequest) => {
    const body = jsonOf(req);
    if (!body || body.serviceDeskId !== serviceDeskId || typeof body.requestTypeId !== 'string') return server.reject('request without serviceDeskId/requestTypeId');
    const fields = body.requestFieldValues as Record<string, unknown> | undefined;
    if (typeof fields?.summary !== 'string' || typeof fields.description !== 'string') return server.reject('requestFieldValues needs summary and description');
    const issueKey = `HD-${requests.length + 1}`;
    requests.push({ issueKey, fields, attachments: [] });
    return { status: 201, json: { issueKey, issueId: String(10000 + requests.length), _links: { web: webOf(issueKey) } } };
  };
  const upload = async (req: SeenRequest) => {
    if (req.headers['x-atlassian-token'] !== 'no-check') return server.reject('attachTemporaryFile without X-Atlassian-Token: no-check');
    const file = (await formDataOf(req))?.get('file');
    if (!(file instanceof File)) return server.reject('attachTemporaryFile without a multipart "file" part');
    const id = `temp${temporary.size + 1}`;
    temporary.set(id, { filename: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
    return { status: 201, json: { temporaryAttachments: [{ temporaryAttachmentId: id, fileName: file.name }] } };
  };
  const listAttachments = (req: SeenRequest) => {
    const r = byKey(req);
    return r ? { status: 200, json: { values: r.attachments.map((a) => ({ filename: a.filename, size: a.bytes.length })) } } : { status: 404, json: { errorMessage: 'no request' } };
  };
  const attach = (req: SeenRequest) => {
    const r = byKey(req);
    const body = jsonOf(req);
    const ids = body?.temporaryAttachmentIds;
    if (!r || !Array.isArray(ids) || typeof body?.public !== 'boolean') return server.reject('attachment without request, temporaryAttachmentIds or public');
    for (const id of ids) {
      const t = temporary.get(String(id));
      if (!t) return server.reject(`unknown temporaryAttachmentId ${String(id)}`);
      r.attachments.push(t);
    }
    return { status: 201, json: { attachments: { size: ids.length } } };
  };
  return { server, requests };
}
