import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../diagnostics/cli/main.js';
import { openHistory } from '../../../diagnostics/history/history-store.js';
import { bundleOf } from '../../support/generated-bundle.js';
import { emptyReport } from '../bundle/bundle-test-kit.js';
import { twoWeeks } from '../history/history-fixtures.js';

// #16 item 6: every file the CLI writes on request, at a path that cannot be written, gets one
// sentence naming the path and the reason and a non-zero exit, never "internal error"; where the
// work was already done, its output is printed or kept elsewhere with the place named.

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}
const keptAt = (stderr: string): string | undefined => /the output was saved to (.+) instead\./.exec(stderr)?.[1];

const dir = mkdtempSync(join(tmpdir(), 'homeline-unwritable-'));
const saved = { policy: process.env.HOMELINE_POLICY_FILE, home: process.env.HOMELINE_HOME };
let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'homeline-unwritable-home-'));
  process.env.HOMELINE_HOME = home;
  process.env.HOMELINE_POLICY_FILE = 'none';
});
afterEach(() => {
  for (const [k, v] of [['HOMELINE_POLICY_FILE', saved.policy], ['HOMELINE_HOME', saved.home]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('writes to a path that cannot be written', () => {
  const profile = join(dir, 'p.json');
  writeFileSync(profile, '{"internet":{"pingTargets":["127.0.0.1"]}}');

  it.each([
    ['--json', '/nonexistent/x.json', 'the folder does not exist'],
    ['--bundle', '/nonexistent/x.homeline', 'the folder does not exist'],
    ['--json', dir, 'it is a folder'],
  ])('check %s %s: one sentence and exit 2 before the check runs', async (option, file, reason) => {
    const r = await run('check', '--profile', profile, option, file, '--no-history', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`Cannot write ${file}: ${reason}. Nothing was run; choose another file.`);
    expect(r.stdout).toBe('');
  });

  it('policy --json FILE: the settings are still printed, the JSON kept elsewhere, exit 2', async () => {
    const r = await run('policy', '--json', '/nonexistent/policy.json', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Settings in effect');
    expect(r.stderr).toContain('Could not write /nonexistent/policy.json: the folder does not exist.');
    expect(JSON.parse(readFileSync(keptAt(r.stderr)!, 'utf8'))).toHaveProperty('settings');
  });

  it('stats --out FILE: refused before reading the bundles, exit 2', async () => {
    const r = await run('stats', join(dir, 'no-bundles-here'), '--out', '/nonexistent/stats.csv', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('Cannot write /nonexistent/stats.csv: the folder does not exist. Nothing was run; choose another file.');
  });

  it('isp kit --out FILE: the kit is kept elsewhere and named, exit 2', async () => {
    const store = openHistory({ dir: home });
    for (const rec of twoWeeks(() => 0, new Date(Date.now() - 86_400_000).toISOString().slice(0, 10))) store.add(rec);
    store.close();
    const r = await run('isp', 'kit', '--out', '/nonexistent/kit.txt', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Could not write /nonexistent/kit.txt: the folder does not exist.');
    expect(readFileSync(keptAt(r.stderr)!, 'utf8').length).toBeGreaterThan(100);
  });

  it('isp set with a settings folder that cannot be written: one sentence naming settings.json, exit 2', async () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    process.env.HOMELINE_HOME = join(blocker, 'home');
    const r = await run('isp', 'set', '--name', 'Example Telecom', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\nCould not write .*a-file\/home\/settings\.json: a part of the path is not a folder\.\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('view --html FILE names the HTML file, not the bundle, and keeps the HTML elsewhere', async () => {
    const bundle = join(dir, 'b.homeline');
    writeFileSync(bundle, await bundleOf(emptyReport({ verdict: { segment: 'isp', headline: 'Loss beyond the router', summary: 'The provider.' } })));
    const r = await run('view', bundle, '--html', '/nonexistent/r.html', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Loss beyond the router');
    expect(r.stderr).toContain('Could not write /nonexistent/r.html: the folder does not exist.');
    expect(r.stderr).not.toContain('bundle');
    expect(readFileSync(keptAt(r.stderr)!, 'utf8')).toContain('<!DOCTYPE html>');
    expect(existsSync('/nonexistent/r.html')).toBe(false);
  });
});
