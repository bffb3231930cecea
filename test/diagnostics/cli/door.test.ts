import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseInvocation, UsageError } from '../../../diagnostics/cli/args.js';
import { main } from '../../../diagnostics/cli/main.js';
import { CLI, runCli } from '../tickets/run-cli.js';

/** Bad input at the door of the command line: each gets one sentence and exit 2 (or 1 for policy), never a stack trace. */
const dir = mkdtempSync(join(tmpdir(), 'homeline-door-'));
function file(name: string, content: string | Buffer): string {
  const f = join(dir, name);
  writeFileSync(f, content);
  return f;
}
async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

const saved = { policy: process.env.HOMELINE_POLICY_FILE, home: process.env.HOMELINE_HOME };
beforeEach(() => {
  process.env.HOMELINE_HOME = mkdtempSync(join(tmpdir(), 'homeline-door-home-'));
});
afterEach(() => {
  for (const [k, v] of [['HOMELINE_POLICY_FILE', saved.policy], ['HOMELINE_HOME', saved.home]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('the command line at the door', () => {
  it.each([
    [['--profile', 'a.json', '--profile', 'b.json'], '--profile'],
    [['check', '--profile=a.json', '--profile', 'b.json'], '--profile'],
    [['--json', '-', '--quick', '--json', 'x.json'], '--json'],
    [['view', 'b.zip', '--html', 'a', '--html', 'b'], '--html'],
    [['isp', 'kit', '--out', 'a', '--out=b'], '--out'],
  ])('refuses %j: an option given twice would silently take the last', (argv, option) => {
    expect(() => parseInvocation(argv)).toThrow(UsageError);
    expect(() => parseInvocation(argv)).toThrow(`${option} is given more than once; give it once.`);
  });

  it('counts an option, not a value that looks like one', () => {
    expect(parseInvocation(['isp', 'set', '--name=--customer', '--customer', 'k'])).toMatchObject({ name: '--customer', customerNumber: 'k' });
  });

  it('a profile naming -oProxyCommand=x is refused before anything runs, exit 2, in the chosen language', async () => {
    const profile = file('hostile.json', JSON.stringify({ vpn: { gateways: [{ host: '-oProxyCommand=x', port: 22 }] } }));
    const en = await run('check', '--profile', profile, '--no-history', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(`${profile}: field vpn.gateways[0].host must be a host name (letters, digits, hyphens and dots, RFC 1123) or an IP address, not "-oProxyCommand=x".`);
    expect(en.stdout).toBe('');
    const sv = await run('check', '--profile', profile, '--no-history', '--lang', 'sv');
    expect(sv.stderr).toContain('fältet vpn.gateways[0].host måste vara ett värdnamn');
  });

  it('homeline policy lists each rejected target value and why, exit 1 (not "No problems found")', async () => {
    process.env.HOMELINE_POLICY_FILE = file('policy.json', JSON.stringify({ targets: { vpn: { gateways: [{ host: '-oProxyCommand=x', port: 443 }] } } }));
    const r = await run('policy', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('targets in');
    expect(r.stdout).toContain('vpn.gateways[0].host: must be a host name (letters, digits, hyphens and dots, RFC 1123) or an IP address, not "-oProxyCommand=x"');
    expect(r.stdout).not.toContain('No problems found');
    const de = await run('policy', '--lang', 'de');
    expect(de.stdout).toContain('vpn.gateways[0].host: muss ein Hostname');
  });

  it('a HOMELINE_POLICY_FILE that does not exist is reported, exit 1', async () => {
    const missing = join(dir, 'no-such-policy.json');
    process.env.HOMELINE_POLICY_FILE = missing;
    const r = await run('policy', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`(all) in ${missing}: the file does not exist`);
    expect(r.stdout).not.toContain('No problems found');
    process.env.HOMELINE_POLICY_FILE = join(dir, 'no-such-policy.reg');
    expect((await run('policy', '--lang', 'en')).stdout).toContain('no-such-policy.reg: the file does not exist');
  });

  it('a policy file with a byte-order mark is read; an oversized one is refused unread', async () => {
    process.env.HOMELINE_POLICY_FILE = file('bom-policy.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"companyName":"Example GmbH"}')]));
    const bom = await run('policy', '--lang', 'en');
    expect(bom.code).toBe(0);
    expect(bom.stdout).toContain('companyName = "Example GmbH"');
    process.env.HOMELINE_POLICY_FILE = file('huge-policy.json', `{"companyName":"${'x'.repeat(2 * 1024 * 1024)}"}`);
    const huge = await run('policy', '--lang', 'en');
    expect(huge.code).toBe(1);
    expect(huge.stdout).toContain('the file is 2,097,170 bytes, more than the 1,048,576 bytes Homeline reads');
  });
});

describe('the built CLI prints one sentence, never a stack trace', () => {
  it.each([
    [['isp', 'set', '--name', 'n'.repeat(201)], '--name may be at most 200 characters long, not 201.'],
    [['isp', 'set', '--contract-down', '1e12'], '--contract-down must be a speed in Mbit/s above 0 and at most 100000, not 1000000000000.'],
    [['check', '--profile', 'a.json', '--profile', 'b.json'], '--profile is given more than once; give it once.'],
  ])('%j', async (argv, sentence) => {
    expect(CLI).toMatch(/main\.js$/);
    const home = mkdtempSync(join(tmpdir(), 'homeline-door-home-'));
    const cli = runCli([...argv, '--lang', 'en'], { ...process.env, HOMELINE_HOME: home, HOMELINE_POLICY_FILE: 'none' });
    const { code } = await cli.exited;
    expect(code).toBe(2);
    expect(cli.output()).toContain(sentence);
    expect(cli.output()).not.toMatch(/internal error|\n\s+at |ZodError|"code":/);
  });
});
