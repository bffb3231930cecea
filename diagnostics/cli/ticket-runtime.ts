import { join } from 'node:path';
import { homelineDataDir } from '../platform/app-dirs.js';
import { runCommand } from '../platform/command.js';
import { currentOs, type OsKind } from '../platform/os-kind.js';
import { makeConnector } from '../tickets/make-connector.js';
import type { OutboxDeps } from '../tickets/outbox/outbox.js';
import { outboxDir } from '../tickets/outbox/outbox-paths.js';
import { OutboxStore } from '../tickets/outbox/outbox-store.js';
import { cliSecretStore } from '../tickets/secrets/cli-secret-store.js';
import type { SecretStore } from '../tickets/secrets/secret-store.js';

/** The help-desk configuration the CLI reads without --config. */
export function defaultConnectorFile(dataDir: string): string {
  return join(dataDir, 'helpdesk.json');
}

/** The outbox as the command line uses it: real network, secrets from env/file, the user's data folder. */
export function cliOutbox(env: NodeJS.ProcessEnv = process.env): { deps: OutboxDeps; dataDir: string; secrets: SecretStore } {
  const os: OsKind = currentOs() ?? 'linux';
  const dataDir = homelineDataDir(os, env);
  const secrets = cliSecretStore(dataDir, env);
  const deps: OutboxDeps = {
    store: new OutboxStore(outboxDir(dataDir)),
    connectorFor: (name, config) => makeConnector(name, config, { secrets, fetch: globalThis.fetch, dataDir, os, run: runCommand }),
  };
  return { deps, dataDir, secrets };
}
