import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { helpdeskPorts } from '../../../electron/engine/helpdesk-runtime.js';
import { ispLossReport } from '../support/reports.js';

const before = process.env.HOMELINE_POLICY_FILE;
afterEach(() => {
  process.env.HOMELINE_POLICY_FILE = before;
});

/** Points the policy reader at a file holding `policy`, as IT's managed policy would. */
async function withPolicy(policy: object): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'homeline-hdpolicy-'));
  await writeFile(join(dir, 'policy.json'), JSON.stringify(policy));
  process.env.HOMELINE_POLICY_FILE = join(dir, 'policy.json');
}

const ports = () =>
  helpdeskPorts({ lang: () => 'en', lastReport: () => null, profileFile: undefined, secrets: { get: () => Promise.reject(new Error('no secret in this test')) } });

describe('the help desk the app uses comes from managed policy, read on each use', () => {
  it('no policy: no help desk, no problem', async () => {
    process.env.HOMELINE_POLICY_FILE = 'none';
    expect(await ports().helpDesk()).toEqual({ config: null, problem: null });
  });

  it('a policy e-mail help desk is the configuration', async () => {
    await withPolicy({ helpDeskConnector: 'email', helpDeskEmail: 'it@example.com' });
    expect(await ports().helpDesk()).toMatchObject({ config: { kind: 'email', to: 'it@example.com' } });
  });

  it('a help desk policy names but does not complete is reported, naming the missing key', async () => {
    await withPolicy({ helpDeskConnector: 'jira', helpDeskBaseUrl: 'https://jira.example.com' });
    const desk = await ports().helpDesk();
    expect(desk.config).toBeNull();
    if (desk.config === null) expect(desk.problem).toContain('helpDeskQueue');
  });

  it('the bundle follows policy’s redaction level', async () => {
    await withPolicy({ redactionLevel: 'strict' });
    const bundle = await ports().prepare(await ispLossReport());
    expect(bundle.manifest.redaction.level).toBe('strict');
  });
});
