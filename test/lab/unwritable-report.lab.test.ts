import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tool } from './lab-exec.js';
import { assertBuilt } from './run-check.js';
import { cliPath } from './repo-root.js';

// #16 item 6 end to end: a report file that fails to be written AFTER the check ran (/dev/full
// passes every check before the run and then says "no space") loses nothing: the summary is
// printed, the report is kept in the temporary folder and named, and the exit is 2, not a stack
// trace. The check runs in an empty namespace of its own (loopback only), so it sends nothing.

const ns = `hl-door-${randomBytes(4).toString('hex')}`;
beforeAll(async () => {
  assertBuilt();
  await tool('ip', ['netns', 'add', ns]);
  await tool('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
});
afterAll(async () => {
  await tool('ip', ['netns', 'del', ns], { allowFail: true });
});

describe('check --json to a file that fails after the check ran', () => {
  it('prints the result, keeps the report elsewhere and names it, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeline-door-lab-'));
    const profile = join(dir, 'p.json');
    writeFileSync(profile, '{"internet":{"pingTargets":["127.0.0.1"]}}');
    const r = await tool(
      'env',
      [`HOMELINE_HOME=${dir}`, 'HOMELINE_POLICY_FILE=none', 'HOMELINE_NO_BUILTIN_TARGETS=1', 'ip', 'netns', 'exec', ns, process.execPath, cliPath(), 'check', '--quick', '--no-history', '--profile', profile, '--json', '/dev/full', '--lang', 'en'],
      { allowFail: true, timeoutMs: 60_000 },
    );
    expect(r.code).toBe(2);
    expect(r.stdout.length).toBeGreaterThan(0); // the summary
    expect(r.stderr).toContain('Could not write /dev/full: the disk is full.');
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    const kept = /the output was saved to (.+) instead\./.exec(r.stderr)?.[1];
    expect(kept).toBeDefined();
    const report = JSON.parse(readFileSync(kept!, 'utf8')) as { verdict: { segment: string } };
    expect(typeof report.verdict.segment).toBe('string');
  }, 90_000);
});
