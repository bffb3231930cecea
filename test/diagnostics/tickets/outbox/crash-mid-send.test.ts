import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { serviceNowFake } from '../fakes/servicenow-fake.js';
import { writeSampleBundle } from '../sample-bundle.js';
import { CLI, runCli } from '../run-cli.js';

// The outbox's promise, shown end to end with the real CLI in a child process: a send that is in
// flight when the process is killed (the help desk already created the incident, the answer never
// came) is retried after a restart and the help desk ends up with exactly one incident.
const credential = { user: 'homeline', password: 's3cret' };

async function until(what: string, check: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('outbox across a crash mid-send', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it('files the ticket exactly once after the sending process is killed and restarted', async () => {
    expect(existsSync(CLI), 'build first: npx tsc -b').toBe(true);
    const fake = serviceNowFake(credential, { stallCreate: true });
    const baseUrl = await fake.server.start();
    cleanups.push(() => fake.server.stop());

    const home = await mkdtemp(join(tmpdir(), 'homeline-crash-'));
    const config = join(home, 'helpdesk.json');
    writeFileSync(config, JSON.stringify({ connectors: { sn: { kind: 'servicenow', baseUrl, categories: { isp: 'Network' } } } }));
    const bundle = await writeSampleBundle();
    const env = { ...process.env, HOMELINE_HOME: home, HOMELINE_HELPDESK_TOKEN: `${credential.user}:${credential.password}` };

    // 1. The first process gets as far as the help desk creating the incident, then hangs and dies.
    const first = runCli(['ticket', '--bundle', bundle, '--to', 'sn', '--config', config, '--lang', 'en'], env);
    cleanups.push(async () => void first.child.kill('SIGKILL'));
    await until('the incident to be created', () => fake.incidents.length === 1);
    const outbox = join(home, 'outbox');
    const [itemFile] = readdirSync(outbox).filter((f) => f.endsWith('.json'));
    const stored = JSON.parse(readFileSync(join(outbox, itemFile!), 'utf8'));
    expect(stored.state).toBe('sending');
    expect(Buffer.from(stored.draft.attachment.base64, 'base64').equals(readFileSync(bundle))).toBe(true);
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(fake.incidents[0]!.attachments).toHaveLength(0);

    // 2. After the restart the help desk answers again; the outbox retries and deduplicates.
    fake.state.stallCreate = false;
    const second = runCli(['outbox', 'send', '--lang', 'en'], env);
    const { code } = await second.exited;
    expect(code, second.output()).toBe(0);
    expect(second.output()).toContain('sent as ticket INC0000001');

    expect(fake.incidents).toHaveLength(1);
    expect(fake.incidents[0]!.fields.correlation_id).toBe(stored.id);
    expect(fake.incidents[0]!.fields.category).toBe('Network');
    expect(fake.incidents[0]!.attachments).toHaveLength(1);
    expect(fake.incidents[0]!.attachments[0]!.bytes.equals(readFileSync(bundle))).toBe(true);
    expect(fake.server.violations).toEqual([]);

    // 3. Nothing is sent twice when the outbox runs again, and the list shows the receipt.
    const third = runCli(['outbox', 'send', '--lang', 'en'], env);
    expect((await third.exited).code).toBe(0);
    const list = runCli(['outbox', 'list', '--json'], env);
    expect((await list.exited).code).toBe(0);
    const items = JSON.parse(list.output());
    expect(items).toMatchObject([{ id: stored.id, state: 'sent', attempts: 2, receipt: { id: 'INC0000001' } }]);
    expect(fake.incidents).toHaveLength(1);
    expect(fake.server.seen.filter((r) => r.method === 'POST' && r.path === '/api/now/table/incident')).toHaveLength(1);
  }, 60_000);
});
