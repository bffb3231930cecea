import type { CommandRunner } from '../platform/command.js';
import type { OsKind } from '../platform/os-kind.js';
import type { Connector } from './connector.js';
import type { ConnectorConfig } from './connector-config.js';
import { emailConnector } from './connectors/email.js';
import { freshserviceConnector } from './connectors/freshservice.js';
import { jiraServiceManagementConnector } from './connectors/jira-service-management.js';
import { requestTrackerConnector } from './connectors/request-tracker.js';
import { serviceNowConnector } from './connectors/servicenow.js';
import { webhookConnector } from './connectors/webhook.js';
import { zendeskConnector } from './connectors/zendesk.js';
import type { HttpContext } from './http.js';
import { SecretStoreError, type SecretStore } from './secrets/secret-store.js';
import { SetupSendError } from './send-errors.js';

/** What building a connector may need besides its configuration. */
export interface ConnectorDeps {
  readonly secrets: SecretStore;
  readonly fetch: typeof fetch;
  readonly dataDir: string;
  readonly os: OsKind;
  readonly run: CommandRunner;
  readonly signal?: AbortSignal;
}

/**
 * The one switch from a configuration to its connector. The credential is read now, at send time,
 * so a credential added after the ticket was queued is used by the next retry; a missing or
 * refused one is a set-up failure (the help desk was never contacted) that says what to set up.
 */
export async function makeConnector(name: string, config: ConnectorConfig, deps: ConnectorDeps): Promise<Connector> {
  if (config.kind === 'email') return emailConnector(config, deps.dataDir, deps.os, deps.run);
  const http: HttpContext = { fetch: deps.fetch, timeoutMs: config.timeoutMs, ...(deps.signal ? { signal: deps.signal } : {}) };
  const secretName = config.secret ?? name;
  let secret: string | undefined;
  try {
    secret = await deps.secrets.get(secretName);
  } catch (e) {
    if (e instanceof SecretStoreError) throw new SetupSendError(e.message);
    throw e;
  }
  if (secret === undefined) {
    throw new SetupSendError(missingCredential(name, secretName));
  }
  switch (config.kind) {
    case 'servicenow':
      return serviceNowConnector(config, secret, http);
    case 'jira-sm':
      return jiraServiceManagementConnector(config, secret, http);
    case 'zendesk':
      return zendeskConnector(config, secret, http);
    case 'freshservice':
      return freshserviceConnector(config, secret, http);
    case 'request-tracker':
      return requestTrackerConnector(config, secret, http);
    case 'webhook':
      return webhookConnector(config, secret, http);
  }
}

/** What to do when no credential is stored, in the words of every place one can come from. */
export function missingCredential(connectorName: string, secretName: string): string {
  return `No credential is stored for the help desk "${connectorName}" (secret "${secretName}"): set HOMELINE_HELPDESK_TOKEN, or put it in a file only you can read and name it in HOMELINE_HELPDESK_TOKEN_FILE, or save it in the app's help desk settings.`;
}
