import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { segmentSchema } from '../schema/report.js';

const urgencyMap = z.object({ high: z.string(), medium: z.string(), low: z.string() }).partial();
/** A help desk's address: http(s), and never a credential inside it (that belongs in the secret store). */
const httpUrl = z.url({ protocol: /^https?$/ }).refine((u) => {
  const parsed = new URL(u);
  return parsed.username === '' && parsed.password === '';
}, 'must not contain a user name or password: store the credential as the help-desk secret instead');

/** Settings every HTTP help desk shares: where it is, how we authenticate, how verdicts map to its fields. */
const common = {
  baseUrl: httpUrl,
  /** basic: the secret is "user:password"; bearer: an OAuth token; token: RT's "token …"; apikey: Freshservice's key. */
  auth: z.enum(['basic', 'bearer', 'token', 'apikey']).default('basic'),
  /** Name of the credential in the secret store (defaults to the connector's name). */
  secret: z.string().min(1).optional(),
  /** The help desk's category per verdict segment, e.g. { "isp": "Network" }. */
  categories: z.partialRecord(segmentSchema, z.string()).default({}),
  /** The help desk's own urgency/priority value per Homeline urgency; each connector has defaults. */
  priorities: urgencyMap.default({}),
  timeoutMs: z.number().int().positive().max(600_000).default(30_000),
};

export const connectorConfigSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('servicenow'), ...common, assignmentGroup: z.string().optional(), callerId: z.string().optional() }),
  z.object({
    kind: z.literal('jira-sm'),
    ...common,
    serviceDeskId: z.string().min(1),
    requestTypeId: z.string().min(1),
  }),
  z.object({ kind: z.literal('zendesk'), ...common, endpoint: z.enum(['tickets', 'requests']).default('tickets'), groupId: z.number().int().optional() }),
  z.object({ kind: z.literal('freshservice'), ...common, auth: z.enum(['apikey', 'basic']).default('apikey'), requesterEmail: z.email(), groupId: z.number().int().optional() }),
  z.object({
    kind: z.literal('request-tracker'),
    ...common,
    queue: z.string().min(1),
    /** A ticket custom field that holds the idempotency key; without it the key goes into the subject. */
    idempotencyField: z.string().min(1).optional(),
  }),
  z.object({
    kind: z.literal('webhook'),
    url: httpUrl,
    /** Name of the HMAC-SHA256 signing secret in the secret store (defaults to the connector's name). */
    secret: z.string().min(1).optional(),
    categories: common.categories,
    timeoutMs: common.timeoutMs,
  }),
  z.object({
    kind: z.literal('email'),
    to: z.email(),
    from: z.email().optional(),
    categories: common.categories,
    /** Open the draft in the user's mail program (the CLI and the app); tests switch it off. */
    open: z.boolean().default(true),
  }),
]);
/** One help desk as the configuration describes it. */
export type ConnectorConfig = z.infer<typeof connectorConfigSchema>;
export type ConnectorKind = ConnectorConfig['kind'];

export const connectorFileSchema = z.object({ connectors: z.record(z.string().min(1), connectorConfigSchema) });

/** A configuration file we cannot use; the message names the file, the field and what is wrong. */
export class ConnectorConfigError extends Error {
  override readonly name = 'ConnectorConfigError';
}

/** Parses the connector configuration (JSON now; the managed policy supplies the same shape later). */
export function parseConnectorFile(text: string, file: string): Readonly<Record<string, ConnectorConfig>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ConnectorConfigError(`${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const parsed = connectorFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    throw new ConnectorConfigError(`${file}: ${where}: ${issue.message}`);
  }
  return parsed.data.connectors;
}

/** Reads the file and picks one connector by name. */
export async function loadConnector(file: string, name: string): Promise<ConnectorConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new ConnectorConfigError(`Cannot read the help-desk configuration ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const all = parseConnectorFile(text, file);
  const found = all[name];
  if (!found) {
    const known = Object.keys(all);
    throw new ConnectorConfigError(`${file} has no connector "${name}"${known.length ? ` (it has: ${known.join(', ')})` : ''}.`);
  }
  return found;
}
