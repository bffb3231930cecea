import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEffectiveConfig } from '../../../diagnostics/config/effective-config.js';
import type { EffectiveSettings } from '../../../diagnostics/policy/effective-settings.js';
import { connectorFromPolicy, PolicyConnectorError } from '../../../diagnostics/tickets/connector-from-policy.js';

/** The settings in effect under a Linux-style policy file holding `values`. */
async function settings(values: Record<string, unknown>): Promise<EffectiveSettings> {
  const dir = mkdtempSync(join(tmpdir(), 'homeline-policy-desk-'));
  writeFileSync(join(dir, 'policy.json'), JSON.stringify(values));
  const { policy, effective } = await loadEffectiveConfig('en', { HOMELINE_POLICY_FILE: join(dir, 'policy.json'), HOMELINE_HOME: dir });
  expect(policy.issues).toEqual([]);
  return effective.settings;
}

describe('the help desk the managed policy names', () => {
  it('maps Request Tracker, Jira and e-mail onto connector configurations', async () => {
    expect(connectorFromPolicy(await settings({ helpDeskConnector: 'rt', helpDeskBaseUrl: 'https://rt.example.com/', helpDeskQueue: 'Home office', helpDeskCategories: { isp: 'Internet' } }))).toMatchObject({
      kind: 'request-tracker',
      baseUrl: 'https://rt.example.com/',
      queue: 'Home office',
      categories: { isp: 'Internet' },
    });
    expect(connectorFromPolicy(await settings({ helpDeskConnector: 'jira', helpDeskBaseUrl: 'https://jira.example.com/', helpDeskQueue: '4', helpDeskRequestType: '17' }))).toMatchObject({
      kind: 'jira-sm',
      serviceDeskId: '4',
      requestTypeId: '17',
    });
    expect(connectorFromPolicy(await settings({ helpDeskConnector: 'email', helpDeskEmail: 'desk@example.com' }))).toMatchObject({ kind: 'email', to: 'desk@example.com' });
  });

  it('is null when policy names no help desk', async () => {
    expect(connectorFromPolicy(await settings({}))).toBeNull();
  });

  it('names the missing key, and sends Zendesk and Freshservice to a connector file', async () => {
    const rt = await settings({ helpDeskConnector: 'rt', helpDeskBaseUrl: 'https://rt.example.com/' });
    expect(() => connectorFromPolicy(rt)).toThrow(/helpDeskQueue/);
    const zendesk = await settings({ helpDeskConnector: 'zendesk', helpDeskBaseUrl: 'https://x.zendesk.com/' });
    expect(() => connectorFromPolicy(zendesk)).toThrow(PolicyConnectorError);
  });
});
