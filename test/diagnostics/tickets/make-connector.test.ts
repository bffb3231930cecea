import { describe, expect, it } from 'vitest';
import type { ConnectorConfig } from '../../../diagnostics/tickets/connector-config.js';
import { makeConnector, type ConnectorDeps } from '../../../diagnostics/tickets/make-connector.js';
import { SecretStoreError, type SecretStore } from '../../../diagnostics/tickets/secrets/secret-store.js';
import { SetupSendError } from '../../../diagnostics/tickets/send-errors.js';
import type { CommandOutput } from '../../../diagnostics/platform/command.js';

const sn: ConnectorConfig = { kind: 'servicenow', baseUrl: 'http://127.0.0.1:9', auth: 'basic', categories: {}, priorities: {}, timeoutMs: 1000 };
const deps = (secrets: SecretStore): ConnectorDeps => ({
  secrets,
  fetch: () => Promise.reject(new Error('no network in this test')),
  dataDir: '/nonexistent',
  os: 'linux',
  run: async () => ({}) as CommandOutput,
});

describe('makeConnector', () => {
  it('asks the secret store for the configured name, or the connector’s own', async () => {
    const asked: string[] = [];
    const store: SecretStore = { get: async (n) => (asked.push(n), 'u:p') };
    expect((await makeConnector('prod', sn, deps(store))).kind).toBe('servicenow');
    await makeConnector('prod', { ...sn, secret: 'sn-token' }, deps(store));
    expect(asked).toEqual(['prod', 'sn-token']);
  });

  it('turns a missing or refused credential into a set-up failure (never the help desk’s refusal) that says what to do', async () => {
    const none = await makeConnector('prod', sn, deps({ get: async () => undefined })).catch((e: unknown) => e);
    expect(none).toBeInstanceOf(SetupSendError);
    expect((none as Error).message).toMatch(/^No credential is stored for the help desk "prod" \(secret "prod"\): set HOMELINE_HELPDESK_TOKEN, /);
    const refused = await makeConnector('prod', sn, deps({ get: () => Promise.reject(new SecretStoreError('mode 644', 'unsafeFile', {})) })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SetupSendError);
    expect((refused as Error).message).toBe('mode 644');
  });

  it('needs no credential for email', async () => {
    const store: SecretStore = { get: () => Promise.reject(new Error('must not be asked')) };
    expect((await makeConnector('mail', { kind: 'email', to: 'hd@example.com', categories: {}, open: false }, deps(store))).kind).toBe('email');
  });
});
