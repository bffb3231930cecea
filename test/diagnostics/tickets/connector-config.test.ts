import { describe, expect, it } from 'vitest';
import { ConnectorConfigError, parseConnectorFile } from '../../../diagnostics/tickets/connector-config.js';

describe('connector configuration', () => {
  it('reads every kind with its defaults', () => {
    const all = parseConnectorFile(
      JSON.stringify({
        connectors: {
          sn: { kind: 'servicenow', baseUrl: 'https://acme.service-now.com', categories: { isp: 'Network' } },
          rt: { kind: 'request-tracker', baseUrl: 'https://rt.example', queue: 'Remote work', auth: 'token' },
          mail: { kind: 'email', to: 'helpdesk@example.com' },
        },
      }),
      'helpdesk.json',
    );
    expect(all.sn).toMatchObject({ auth: 'basic', timeoutMs: 30_000, categories: { isp: 'Network' }, priorities: {} });
    expect(all.rt).toMatchObject({ auth: 'token', queue: 'Remote work' });
    expect(all.mail).toMatchObject({ open: true });
  });

  it('names the file, the field and the problem', () => {
    const bad = (json: unknown) => () => parseConnectorFile(JSON.stringify(json), '/etc/hd.json');
    expect(bad({ connectors: { sn: { kind: 'servicenow', baseUrl: 'ftp://x' } } })).toThrow(/^\/etc\/hd\.json: connectors\.sn\.baseUrl: /);
    expect(bad({ connectors: { x: { kind: 'otrs', baseUrl: 'https://x' } } })).toThrow(/connectors\.x\.kind/);
    expect(bad({ connectors: { f: { kind: 'freshservice', baseUrl: 'https://x.freshservice.com' } } })).toThrow(/connectors\.f\.requesterEmail/);
    expect(bad({ connectors: { w: { kind: 'webhook', url: 'https://relay:pw@relay.example/hook' } } })).toThrow(
      /^\/etc\/hd\.json: connectors\.w\.url: must not contain a user name or password: store the credential as the help-desk secret instead$/,
    );
    expect(() => parseConnectorFile('{ nope', 'hd.json')).toThrow(ConnectorConfigError);
    expect(() => parseConnectorFile('{ nope', 'hd.json')).toThrow(/^hd\.json is not valid JSON/);
  });
});
