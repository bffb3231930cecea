import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseInvocation, UsageError } from '../../../diagnostics/cli/args.js';
import { main } from '../../../diagnostics/cli/main.js';
import { readMachinePolicy } from '../../../diagnostics/config/effective-config.js';
import { resolveTargets } from '../../../diagnostics/profile/load-profile.js';

const dir = mkdtempSync(join(tmpdir(), 'homeline-cli-policy-'));
function policyFile(content: unknown): string {
  const file = join(dir, `p-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(content));
  return file;
}
const capture = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => { out.stdout += s; }, stderr: (s: string) => { out.stderr += s; } } };
};

const before = process.env.HOMELINE_POLICY_FILE;
afterEach(() => {
  if (before === undefined) delete process.env.HOMELINE_POLICY_FILE;
  else process.env.HOMELINE_POLICY_FILE = before;
});

describe('homeline policy', () => {
  it('parses its options and refuses check-only ones', () => {
    expect(parseInvocation(['policy', '--json', '-', '--lang', 'de'])).toEqual({ command: 'policy', json: '-', lang: 'de' });
    expect(() => parseInvocation(['policy', '--profile', 'p.json'])).toThrow(UsageError);
    expect(() => parseInvocation(['policy', '--quick'])).toThrow(/--quick does not apply/);
  });

  it('prints values, their origin and lock, and each ignored value; exit 1 when some were ignored', async () => {
    const file = policyFile({ companyName: 'Example GmbH', language: 'klingon', userMayChange: ['startAtLogin'] });
    process.env.HOMELINE_POLICY_FILE = file;
    const { out, io } = capture();
    expect(await main(['policy', '--lang', 'en'], io)).toBe(1);
    expect(out.stdout).toContain(`${file}: read`);
    expect(out.stdout).toContain(`companyName = "Example GmbH"  (policy: ${file}, locked)`);
    expect(out.stdout).toContain('startAtLogin = true  (default)');
    expect(out.stdout).toContain('redactionLevel = "standard"  (default, locked by policy)');
    expect(out.stdout).toMatch(/language in .*p-\w+\.json: .*"auto"\|"en"\|"de"\|"sv"/);
  });

  it.each([['de', 'gesperrt', 'Keine Probleme'], ['sv', 'låst', 'Inga problem']])('speaks %s', async (lang, locked, clean) => {
    process.env.HOMELINE_POLICY_FILE = policyFile({ companyName: 'X' });
    const { out, io } = capture();
    expect(await main(['policy', '--lang', lang], io)).toBe(0);
    expect(out.stdout).toContain(locked);
    expect(out.stdout).toContain(clean);
  });

  it.each([
    ['de', 'language in', 'ist ungültig: Ungültige Option', 'ist kein Homeline-Richtlinienschlüssel'],
    ['sv', 'language i', 'är ogiltigt: Ogiltigt val', 'är ingen policynyckel för Homeline'],
  ])('gives the reasons in %s too', async (lang, frame, invalid, unknown) => {
    process.env.HOMELINE_POLICY_FILE = policyFile({ language: 'klingon', colour: 'blue' });
    const { out, io } = capture();
    expect(await main(['policy', '--lang', lang], io)).toBe(1);
    expect(out.stdout).toContain(frame);
    expect(out.stdout).toContain(invalid);
    expect(out.stdout).toContain(unknown);
  });

  it('writes the report as JSON for the app and the bundle', async () => {
    process.env.HOMELINE_POLICY_FILE = policyFile({ ssidHandling: 'keep', backgroundCheckMinutes: 99999 });
    const { out, io } = capture();
    expect(await main(['policy', '--json', '-'], io)).toBe(1);
    const report = JSON.parse(out.stdout) as { settings: Record<string, unknown>; issues: { key: string }[]; sources: { found: boolean }[] };
    expect(report.settings.ssidHandling).toEqual({ value: 'keep', source: 'policy', locked: true });
    expect(report.settings.backgroundCheckMinutes).toEqual({ value: 0, source: 'default', locked: false });
    expect(report.issues.map((i) => i.key)).toEqual(['backgroundCheckMinutes']);
    expect(report.sources).toEqual([expect.objectContaining({ found: true, scope: 'machine' })]);
  });

  it('lists the policy command in --help, and policy --help gives its usage', async () => {
    const { out, io } = capture();
    await main(['--help', '--lang', 'sv'], io);
    expect(out.stdout).toMatch(/^ {2}policy +\S/m);
    const page = capture();
    expect(await main(['policy', '--help', '--lang', 'sv'], page.io)).toBe(0);
    expect(page.out.stdout).toContain('homeline policy [--json FILE|-]');
  });
});

describe('homeline check and the managed policy', () => {
  it('warns about each ignored policy value, then falls back like before (no targets: exit 2 under tests)', async () => {
    process.env.HOMELINE_POLICY_FILE = policyFile({ startAtLogin: 'sometimes', targets: { internet: { httpsUrls: ['ftp://x'] } } });
    const { out, io } = capture();
    expect(await main(['check', '--lang', 'en'], io)).toBe(2);
    const lines = out.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^Managed policy: startAtLogin in .* was ignored \(.*boolean/);
    expect(lines[1]).toMatch(/^Managed policy: targets in .* was ignored \(is invalid: internet\.httpsUrls\[0\]: must be an http:\/\/ or https:\/\/ address, not "ftp:\/\/x"\)\.$/);
    expect(lines[2]).toMatch(/HOMELINE_NO_BUILTIN_TARGETS/);
  });

  it('takes the policy targets when no --profile is given', async () => {
    process.env.HOMELINE_POLICY_FILE = policyFile({ targets: { internet: { pingTargets: ['192.0.2.1'] } } });
    const policy = await readMachinePolicy();
    const targets = await resolveTargets(undefined, policy.values.targets);
    expect(targets.source).toBe('policy');
    expect(targets.internet.pingTargets).toEqual(['192.0.2.1']);
  });

  it('HOMELINE_POLICY_FILE=none reads no policy at all', async () => {
    process.env.HOMELINE_POLICY_FILE = 'none';
    const { out, io } = capture();
    expect(await main(['policy', '--lang', 'en'], io)).toBe(0);
    expect(out.stdout).toContain('no managed policy location');
  });
});
