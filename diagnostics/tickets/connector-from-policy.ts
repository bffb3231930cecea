import type { EffectiveSettings } from '../policy/effective-settings.js';
import { connectorConfigSchema, type ConnectorConfig } from './connector-config.js';

/** The name a policy-defined help desk goes by in the outbox and the secret store. */
export const POLICY_CONNECTOR = 'helpdesk';

/** Why the managed policy's help desk cannot be used as it stands; the message names the keys. */
export class PolicyConnectorError extends Error {
  override readonly name = 'PolicyConnectorError';
}

/**
 * The help desk the managed policy names (helpDeskConnector and its keys), in the connector
 * configuration's shape, or null when policy names none. IT sets where tickets go; the secret stays
 * per user (HOMELINE_HELPDESK_TOKEN or the app's safe storage), never in policy. Freshservice and
 * Zendesk need fields policy does not carry (the requester's e-mail, group ids): they take a
 * connector file instead, and saying so beats filing a ticket to the wrong place.
 */
export function connectorFromPolicy(s: EffectiveSettings): ConnectorConfig | null {
  const kind = s.helpDeskConnector.value;
  if (kind === undefined) return null;
  const baseUrl = s.helpDeskBaseUrl.value;
  const queue = s.helpDeskQueue.value;
  const categories = s.helpDeskCategories.value ?? {};
  const need = (value: string | undefined, key: string): string => {
    if (value === undefined) throw new PolicyConnectorError(`the policy names the help desk "${kind}" but not ${key}.`);
    return value;
  };
  const raw: Record<string, unknown> = (() => {
    switch (kind) {
      case 'servicenow':
        return { kind, baseUrl: need(baseUrl, 'helpDeskBaseUrl'), categories, ...(queue ? { assignmentGroup: queue } : {}) };
      case 'jira':
        return { kind: 'jira-sm', baseUrl: need(baseUrl, 'helpDeskBaseUrl'), serviceDeskId: need(queue, 'helpDeskQueue'), requestTypeId: need(s.helpDeskRequestType.value, 'helpDeskRequestType'), categories };
      case 'rt':
        return { kind: 'request-tracker', baseUrl: need(baseUrl, 'helpDeskBaseUrl'), queue: need(queue, 'helpDeskQueue'), auth: 'token', categories };
      case 'webhook':
        return { kind, url: need(baseUrl, 'helpDeskBaseUrl'), categories };
      case 'email':
        return { kind, to: need(s.helpDeskEmail.value, 'helpDeskEmail'), categories };
      case 'zendesk':
      case 'freshservice':
        throw new PolicyConnectorError(`the policy names the help desk "${kind}", which needs a connector file (--config) for its account fields.`);
    }
  })();
  const parsed = connectorConfigSchema.safeParse(raw);
  if (!parsed.success) throw new PolicyConnectorError(`the policy's help desk settings do not fit "${kind}": ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}
