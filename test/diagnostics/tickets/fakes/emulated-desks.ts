import type { ConnectorConfig } from '../../../../diagnostics/tickets/connector-config.js';
import { basicAuth } from '../../../../diagnostics/tickets/http.js';
import type { FakeServer, RequestMatch, SeenRequest } from './fake-server.js';
import { freshserviceFake } from './freshservice-fake.js';
import { jiraSmFake } from './jira-sm-fake.js';
import { serviceNowFake } from './servicenow-fake.js';
import { webhookFake } from './webhook-fake.js';
import { zendeskFake } from './zendesk-fake.js';

/**
 * What a request of a filing does: `lookup` reads; `create` makes the ticket and reads its id from
 * the answer; `upload` stores the bundle for a later step and reads a token; `attach` adds the
 * bundle to the ticket and needs nothing from the answer but its 2xx status.
 */
export type StepRole = 'lookup' | 'create' | 'upload' | 'attach';

/** One request of a complete filing, by name, so a mishap can be planned at each point. */
export interface FilingStep {
  readonly name: string;
  readonly match: RequestMatch;
  readonly role: StepRole;
}

/**
 * A help desk for the mishap tests: its contract fake, the configuration and credential Homeline
 * uses for it, every request of one filing in order, and what it holds in the end.
 */
export interface EmulatedDesk {
  readonly name: string;
  readonly server: FakeServer;
  readonly secret: string;
  config(baseUrl: string, timeoutMs: number): ConnectorConfig;
  readonly steps: readonly FilingStep[];
  /** How many tickets the help desk has. */
  tickets(): number;
  /** Whether every ticket carries the bundle exactly once. */
  complete(bundle: Buffer): boolean;
}

const req = (method: string, path: RegExp): RequestMatch => (r: SeenRequest) => r.method === method && path.test(r.path);
const step = (name: string, role: StepRole, path: RegExp): FilingStep => ({ name, role, match: req(role === 'lookup' ? 'GET' : 'POST', path) });
const common = { categories: {}, priorities: {} };

/** Every HTTP help desk Homeline files at, each freshly made (one per test: they hold state). */
export const EMULATED_DESKS: ReadonlyArray<() => EmulatedDesk> = [
  () => {
    const fake = serviceNowFake({ user: 'homeline', password: 's3cret' });
    return {
      name: 'servicenow',
      server: fake.server,
      secret: 'homeline:s3cret',
      config: (baseUrl, timeoutMs) => ({ kind: 'servicenow', baseUrl, auth: 'basic', timeoutMs, ...common }),
      steps: [
        step('look up the incident', 'lookup', /^\/api\/now\/table\/incident$/),
        step('create the incident', 'create', /^\/api\/now\/table\/incident$/),
        step('look up the attachment', 'lookup', /^\/api\/now\/attachment$/),
        step('upload the bundle', 'attach', /^\/api\/now\/attachment\/file$/),
      ],
      tickets: () => fake.incidents.length,
      complete: (bundle) => fake.incidents.every((i) => i.attachments.length === 1 && i.attachments[0]!.bytes.equals(bundle)),
    };
  },
  () => {
    const fake = jiraSmFake(basicAuth('agent@example.com', 'api-token'));
    return {
      name: 'jira-sm',
      server: fake.server,
      secret: 'agent@example.com:api-token',
      config: (baseUrl, timeoutMs) => ({ kind: 'jira-sm', baseUrl, auth: 'basic', serviceDeskId: '4', requestTypeId: '25', timeoutMs, ...common }),
      steps: [
        step('search the request', 'lookup', /^\/rest\/servicedeskapi\/request$/),
        step('create the request', 'create', /^\/rest\/servicedeskapi\/request$/),
        step('list the attachments', 'lookup', /^\/rest\/servicedeskapi\/request\/[^/]+\/attachment$/),
        step('upload a temporary file', 'upload', /attachTemporaryFile$/),
        step('attach it', 'attach', /^\/rest\/servicedeskapi\/request\/[^/]+\/attachment$/),
      ],
      tickets: () => fake.requests.length,
      complete: (bundle) => fake.requests.every((r) => r.attachments.length === 1 && r.attachments[0]!.bytes.equals(bundle)),
    };
  },
  ...(['tickets', 'requests'] as const).map((endpoint) => (): EmulatedDesk => {
    const fake = zendeskFake(basicAuth('agent@example.com/token', 'zd-token'));
    return {
      name: `zendesk ${endpoint}`,
      server: fake.server,
      secret: 'agent@example.com/token:zd-token',
      config: (baseUrl, timeoutMs) => ({ kind: 'zendesk', baseUrl, auth: 'basic', endpoint, timeoutMs, ...common }),
      steps: [
        step('look up the ticket', 'lookup', new RegExp(`^/api/v2/${endpoint}$`)),
        step('upload the bundle', 'upload', /^\/api\/v2\/uploads$/),
        step('create the ticket', 'create', new RegExp(`^/api/v2/${endpoint}$`)),
      ],
      tickets: () => fake.tickets.length,
      complete: (bundle) => fake.tickets.every((t) => t.attachments.length === 1 && t.attachments[0]!.bytes.equals(bundle)),
    };
  }),
  () => {
    const fake = freshserviceFake('fs-api-key');
    return {
      name: 'freshservice',
      server: fake.server,
      secret: 'fs-api-key',
      config: (baseUrl, timeoutMs) => ({ kind: 'freshservice', baseUrl, auth: 'apikey', requesterEmail: 'user@example.com', timeoutMs, ...common }),
      steps: [step('list the tickets', 'lookup', /^\/api\/v2\/tickets$/), step('create the ticket', 'create', /^\/api\/v2\/tickets$/)],
      tickets: () => fake.tickets.length,
      complete: (bundle) => fake.tickets.every((t) => t.attachments.length === 1 && t.attachments[0]!.bytes.equals(bundle)),
    };
  },
  () => {
    const fake = webhookFake('hook-secret');
    return {
      name: 'webhook',
      server: fake.server,
      secret: 'hook-secret',
      config: (baseUrl, timeoutMs) => ({ kind: 'webhook', url: `${baseUrl}/hook`, timeoutMs, categories: {} }),
      steps: [step('deliver the ticket', 'create', /^\/hook$/)],
      tickets: () => fake.received.length,
      complete: (bundle) =>
        fake.received.every((r) => Buffer.from(String((r.attachment as { contentBase64?: unknown }).contentBase64), 'base64').equals(bundle)),
    };
  },
];

/** The mishaps of issue #16, each with a short name for test titles. */
export const MISHAPS = [
  { name: '500', mishap: { kind: 'status', status: 500 } },
  { name: '429 with Retry-After', mishap: { kind: 'status', status: 429, headers: { 'Retry-After': '1' } } },
  { name: 'hang', mishap: { kind: 'hang' } },
  { name: 'drop mid-body', mishap: { kind: 'drop-mid-body' } },
  { name: 'trickle', mishap: { kind: 'trickle', everyMs: 150 } },
] as const;

type MishapKind = (typeof MISHAPS)[number]['mishap']['kind'];

/**
 * The state an outbox item must be in after one attempt that met `mishap` at a step with `role`:
 * waiting when nothing can have been filed or what was filed is found anyway; unconfirmed when the
 * request that makes the ticket went out and its answer never arrived whole; sent when the only
 * casualty was an answer nothing is read from. Never failed.
 */
export function stateAfter(role: StepRole, mishap: MishapKind): 'queued' | 'unconfirmed' | 'sent' {
  if (mishap === 'status' || role === 'lookup') return 'queued';
  if (mishap === 'hang' || role === 'create') return 'unconfirmed';
  return role === 'attach' ? 'sent' : 'queued';
}
