import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMULATED_DESKS, MISHAPS, type EmulatedDesk } from '../fakes/emulated-desks.js';
import { writeSampleBundle } from '../sample-bundle.js';
import { CLI, runCli } from '../run-cli.js';

// kill -9 of `homeline ticket` at each point of a filing, for every mishap of issue #16, with the
// real CLI in child processes and the help-desk emulator on loopback: the process dies right when
// the help desk meets the request (after it filed the ticket, for hang / cut / trickle), then
// `homeline ticket` runs again for the same bundle. The outbox must recognise the bundle, look the
// ticket up, and the help desk must end with exactly one ticket, bundle attached once, the item
// sent, and no lock, takeover marker or temporary file left behind.
// Every request of a ServiceNow filing is a kill point (it has the most steps that change state);
// for the other help desks, the request that makes the ticket.

async function homeFor(desk: EmulatedDesk, baseUrl: string) {
  const home = await mkdtemp(join(tmpdir(), 'homeline-kill-'));
  const config = join(home, 'helpdesk.json');
  // A short time limit keeps the runs quick; kills happen before it matters.
  writeFileSync(config, JSON.stringify({ connectors: { desk: desk.config(baseUrl, 5000) } }));
  const env = { ...process.env, HOMELINE_HOME: home, HOMELINE_HELPDESK_TOKEN: desk.secret, HOMELINE_HELPDESK_TOKEN_FILE: '' };
  return { home, config, env, outbox: join(home, 'outbox') };
}

const cases = EMULATED_DESKS.flatMap((make) => {
  const probe = make();
  const steps = probe.name === 'servicenow' ? probe.steps : probe.steps.filter((s) => s.role === 'create');
  return steps.flatMap((step) => MISHAPS.map((m) => ({ make, desk: probe.name, step, ...m })));
});

describe.concurrent('kill -9 of the sending process at each point', { timeout: 60_000 }, () => {
  it.each(cases)('$desk: killed at "$step.name" ($name) ⇒ the rerun files exactly one ticket', async ({ make, step, mishap }) => {
    expect(existsSync(CLI), 'build first: npx tsc -b').toBe(true);
    const desk = make();
    const baseUrl = await desk.server.start();
    try {
      const { config, env, outbox } = await homeFor(desk, baseUrl);
      const bundle = await writeSampleBundle();
      const args = ['ticket', '--bundle', bundle, '--to', 'desk', '--config', config, '--lang', 'en'];

      const first = runCli(args, env);
      desk.server.planMishap(step.match, mishap);
      // The process dies at this point: the help desk has (or, for a status answer, has not) done the work.
      desk.server.onMishap = async () => {
        first.child.kill('SIGKILL');
        await first.exited;
      };
      const died = await first.exited;
      expect(died.signal, first.output()).toBe('SIGKILL');
      const [itemFile] = readdirSync(outbox).filter((f) => f.endsWith('.json'));
      expect(JSON.parse(readFileSync(join(outbox, itemFile!), 'utf8')).state).toBe('sending');

      desk.server.onMishap = undefined;
      const again = runCli(args, env);
      const { code } = await again.exited;
      expect(code, again.output()).toBe(0);
      expect(again.output()).toContain('The help desk has your ticket');

      expect(desk.tickets()).toBe(1);
      expect(desk.complete(readFileSync(bundle))).toBe(true);
      expect(desk.server.violations).toEqual([]);
      expect(readdirSync(outbox)).toEqual([itemFile]);
      const item = JSON.parse(readFileSync(join(outbox, itemFile!), 'utf8'));
      expect(item).toMatchObject({ state: 'sent', attempts: 2 });
      expect(item.unconfirmedSince).toBeUndefined();
    } finally {
      await desk.server.stop();
    }
  });

  it('a double crash (killed at create, then killed again during the look-up) still ends in one ticket and no leftovers', async () => {
    const desk = EMULATED_DESKS[0]!();
    const baseUrl = await desk.server.start();
    try {
      const { config, env, outbox } = await homeFor(desk, baseUrl);
      const bundle = await writeSampleBundle();
      const args = ['ticket', '--bundle', bundle, '--to', 'desk', '--config', config, '--lang', 'en'];
      for (const at of [desk.steps[1]!, desk.steps[0]!]) {
        const run = runCli(args, env);
        desk.server.planMishap(at.match, { kind: 'hang' });
        desk.server.onMishap = async () => {
          run.child.kill('SIGKILL');
          await run.exited;
        };
        expect((await run.exited).signal).toBe('SIGKILL');
      }
      desk.server.onMishap = undefined;
      // The second process took over the first one's lock and died holding it.
      expect(readdirSync(outbox).filter((f) => f.endsWith('.lock'))).toHaveLength(1);
      const last = runCli(['outbox', 'send', '--lang', 'en'], env);
      const { code } = await last.exited;
      expect(code, last.output()).toBe(0);
      expect(desk.tickets()).toBe(1);
      expect(desk.complete(readFileSync(bundle))).toBe(true);
      expect(readdirSync(outbox).filter((f) => !f.endsWith('.json'))).toEqual([]);
    } finally {
      await desk.server.stop();
    }
  });
});
