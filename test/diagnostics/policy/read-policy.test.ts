import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import { parsePlist } from '../../../diagnostics/policy/darwin/parse-plist.js';
import { readManagedPolicy } from '../../../diagnostics/policy/read-managed-policy.js';
import { validatePolicy } from '../../../diagnostics/policy/validate-policy.js';
import { readWindowsPolicy } from '../../../diagnostics/policy/windows/read-windows-policy.js';
import { fakeRunner } from '../../support/fake-runner.js';
import { fixturesIn } from '../../support/platform-fixtures.js';

const dir = new URL('./fixtures/', import.meta.url);
const { fixture } = fixturesIn(dir);
const bytes = (name: string) => readFileSync(new URL(name, dir));
const HKLM = 'HKLM\\SOFTWARE\\Policies\\Homeline';
const HKCU = 'HKCU\\SOFTWARE\\Policies\\Homeline';

describe('Windows registry policy', () => {
  it.each(['en', 'de', 'sv'])('reads HKLM by reg query on %s Windows and reports each bad value by key', async (lang) => {
    const run = fakeRunner({
      [`reg query ${HKLM} /s`]: { stdout: fixture(`win-reg-query-${lang}.txt`) },
      [`reg query ${HKCU} /s`]: { stderr: fixture(`win-reg-query-missing-${lang}.txt`), exitCode: 1 },
    });
    const policy = validatePolicy(await readWindowsPolicy(run));
    expect(policy.values).toMatchObject({ companyName: 'Example GmbH', helpDeskConnector: 'servicenow', startAtLogin: true, backgroundCheckMinutes: 60 });
    expect(policy.values.targets?.vpn?.gateways).toEqual([{ host: 'vpn.example.com', port: 443 }]);
    // helpDeskPhone is no user setting: dropped from the list, the rest kept
    expect(policy.values.userMayChange).toEqual(['language', 'startAtLogin']);
    expect(policy.origins.companyName).toBe(HKLM);
    const byKey = Object.fromEntries(policy.issues.map((i) => [i.key, i.reason]));
    expect(byKey.RedactionLevel).toMatch(/standard.*strict.*off/);
    expect(byKey.UserMayChange).toMatch(/“helpDeskPhone”/);
    expect(byKey.Logo).toMatch(/REG_BINARY/);
    expect(Object.keys(byKey).some((k) => k.includes('Legacy'))).toBe(true);
    expect(policy.values.language).toBeUndefined();
    expect(policy.sources.map((s) => s.found)).toEqual([true, false]);
  });

  it('prefers reg export, which keeps umlauts, and lets HKLM win over HKCU key by key', async () => {
    const run: CommandRunner = async (spec) => {
      const base = { cmd: spec.cmd, args: spec.args, stderr: '', signal: null, timedOut: false, truncated: false, durationMs: 1 };
      if (spec.args[0] === 'export' && spec.args[1] === HKLM) {
        copyFileSync(new URL('win-reg-export.reg', dir), spec.args[2] ?? '');
        return { ...base, stdout: 'The operation completed successfully.\r\n', exitCode: 0 };
      }
      if (spec.args[0] === 'export') return { ...base, stdout: '', exitCode: 1 };
      const hkcu = '\r\nHKEY_CURRENT_USER\\SOFTWARE\\Policies\\Homeline\r\n    CompanyName    REG_SZ    User Corp\r\n    RedactionLevel    REG_SZ    strict\r\n    BackgroundCheckMinutes    REG_SZ    often\r\n';
      return { ...base, stdout: spec.args[1] === HKCU ? hkcu : '', exitCode: spec.args[1] === HKCU ? 0 : 1 };
    };
    const policy = validatePolicy(await readWindowsPolicy(run));
    expect(policy.values.companyName).toBe('Müller & Söner AB "Nord"');
    expect(policy.values.redactionLevel).toBe('strict');
    expect(policy.origins.redactionLevel).toBe(HKCU);
    // 1500 in HKLM is over the 1440 maximum and "often" in HKCU no number: both reported, neither applied
    expect(policy.values.backgroundCheckMinutes).toBeUndefined();
    expect(policy.issues.find((i) => i.key === 'BackgroundCheckMinutes' && i.location === HKLM)?.reason).toMatch(/1440/);
    expect(policy.values.targets?.citrix?.storefrontUrl).toBe('https://storefront.corp.example/Citrix/StoreWeb/');
    expect(policy.values.ooklaCliPath).toBe('C:\\Program Files\\Ookla\\speedtest.exe');
    expect(policy.issues.find((i) => i.key === 'BackgroundCheckMinutes' && i.location === HKCU)).toMatchObject({ code: 'invalidValue', reason: expect.stringMatching(/number/) as unknown as string });
    expect(policy.issues.find((i) => i.key === 'Unknown')?.reason).toBe('is not a Homeline policy key');
  });
  it('falls back to reg query when the exported file cannot be read', async () => {
    const run: CommandRunner = async (spec) => {
      const base = { cmd: spec.cmd, args: spec.args, stderr: '', signal: null, timedOut: false, truncated: false, durationMs: 1 };
      if (spec.args[0] === 'export') {
        writeFileSync(spec.args[2] ?? '', 'not a registry file');
        return { ...base, stdout: '', exitCode: 0 };
      }
      return spec.args[1] === HKLM ? { ...base, stdout: fixture('win-reg-query-en.txt'), exitCode: 0 } : { ...base, stdout: '', exitCode: 1 };
    };
    const policy = validatePolicy(await readWindowsPolicy(run));
    expect(policy.values.companyName).toBe('Example GmbH');
    expect(policy.sources.map((s) => [s.source.location, s.found])).toEqual([[HKLM, true], [HKCU, false]]);
  });

  it('reports a reg.exe that cannot run, without giving up the other key', async () => {
    const run = fakeRunner({ [`reg query ${HKCU} /s`]: { stdout: '\r\nHKEY_CURRENT_USER\\SOFTWARE\\Policies\\Homeline\r\n    Language    REG_SZ    sv\r\n' } });
    const policy = validatePolicy(await readWindowsPolicy(run));
    expect(policy.values.language).toBe('sv');
    expect(policy.issues).toEqual([expect.objectContaining({ key: '(all)', location: HKLM, code: 'unreadable', detail: 'reg query: spawn reg ENOENT' })]);
  });
});

describe('macOS managed preferences', () => {
  it('reads XML and binary plists alike', () => {
    expect(parsePlist(bytes('mac-managed-binary.plist'))).toEqual(parsePlist(bytes('mac-managed.plist')));
    expect(() => parsePlist(Buffer.from('{"a":1}'))).toThrow(/not a property list/);
    expect(() => parsePlist(Buffer.from('<plist><dict><key>a</key>'))).toThrow(/not a valid XML property list/);
  });

  it('reads the machine plist through plutil, then the user plist; bad keys reported one by one', async () => {
    const machine = '/Library/Managed Preferences/org.homeline.agent.plist';
    const user = '/Library/Managed Preferences/alice/org.homeline.agent.plist';
    // plutil's answer is the JSON of the fixture (what `plutil -convert json -o -` prints)
    const run = fakeRunner({
      [`plutil -convert json -o - ${machine}`]: { stdout: JSON.stringify(parsePlist(bytes('mac-managed.plist'))) },
      [`plutil -convert json -o - ${user}`]: { stdout: JSON.stringify(parsePlist(bytes('mac-user.plist'))) },
    });
    const { readDarwinPolicy } = await import('../../../diagnostics/policy/darwin/read-darwin-policy.js');
    const readings = await readDarwinPolicy(run, 'alice', (p) => p === machine || p === user);
    const policy = validatePolicy(readings);
    expect(run.asked).toHaveLength(2);
    expect(policy.values).toMatchObject({ companyName: 'Exempel AB', helpDeskConnector: 'jira', backgroundCheckMinutes: 30, language: 'de' });
    expect(policy.values.helpDeskCategories).toEqual({ isp: 'Network > ISP', vpn: 'Network > VPN' });
    expect(policy.values.fleetExportEnabled).toBe(true);
    expect(policy.values.fleetExportOtlpEndpoint).toBeUndefined();
    expect(policy.issues.find((i) => i.key === 'fleetExportOtlpEndpoint')).toMatchObject({ location: machine, code: 'invalidValue', reason: 'is invalid: must be an https:// URL' });
    expect(policy.issues.find((i) => i.key === 'userMayChange')?.reason).toMatch(/“companyName”/);
    expect(policy.origins.language).toBe(user);
  });

  it('reports a plist plutil cannot read, naming the file', async () => {
    const machine = '/Library/Managed Preferences/org.homeline.agent.plist';
    const run = fakeRunner({ [`plutil -convert json -o - ${machine}`]: { stderr: 'Property List error: Unexpected character', exitCode: 1 } });
    const { readDarwinPolicy } = await import('../../../diagnostics/policy/darwin/read-darwin-policy.js');
    const policy = validatePolicy(await readDarwinPolicy(run, 'bob', (p) => p === machine));
    expect(policy.issues).toEqual([
      { key: '(all)', location: machine, code: 'unreadable', detail: 'Property List error: Unexpected character', reason: 'could not be read (Property List error: Unexpected character)' },
    ]);
  });
});

describe('policy files', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'homeline-policy-test-'));
  const noRun = fakeRunner({});

  it('reads a Linux JSON policy and ignores only the bad keys', async () => {
    const file = join(tmp, 'policy.json');
    writeFileSync(file, JSON.stringify({ companyName: 'Example', startAtLogin: 'yes', language: 'fr', targets: { internet: { pingTargets: 'x' } }, ooklaCliPath: 'speedtest' }));
    const policy = await readManagedPolicy({ os: 'linux', run: noRun, policyFile: file });
    expect(policy.values).toEqual({ companyName: 'Example' });
    expect(policy.issues.map((i) => i.key).sort()).toEqual(['language', 'ooklaCliPath', 'startAtLogin', 'targets']);
    expect(policy.issues.find((i) => i.key === 'targets')?.reason).toMatch(/^is invalid: internet\.pingTargets: .*expected array/);
  });

  it('reads .reg and .plist files given by HOMELINE_POLICY_FILE', async () => {
    const reg = await readManagedPolicy({ os: 'linux', run: noRun, policyFile: new URL('win-reg-export.reg', dir).pathname });
    expect(reg.values.language).toBe('sv');
    const mac = await readManagedPolicy({ os: 'win32', run: noRun, policyFile: new URL('mac-managed-binary.plist', dir).pathname });
    expect(mac.values.helpDeskQueue).toBe('4');
  });

  it('names a broken or missing file and gives no values', async () => {
    const file = join(tmp, 'broken.json');
    writeFileSync(file, '{"companyName": ');
    const broken = await readManagedPolicy({ os: 'linux', run: noRun, policyFile: file });
    expect(broken.issues).toEqual([{ key: '(all)', location: file, code: 'invalidJson', detail: expect.any(String) as unknown as string, reason: expect.stringMatching(/^is not valid JSON \(/) as unknown as string }]);
    const list = join(tmp, 'list.json');
    writeFileSync(list, '[1]');
    expect((await readManagedPolicy({ os: 'linux', run: noRun, policyFile: list })).issues[0]?.reason).toMatch(/does not hold a dictionary of policy keys/);
    const missing = await readManagedPolicy({ os: 'linux', run: noRun, policyFile: join(tmp, 'nope.plist') });
    expect(missing.issues[0]?.reason).toBe('the file does not exist');
    expect((await readManagedPolicy({ os: 'linux', run: noRun, policyFile: join(tmp, 'nope.json') })).sources[0]?.found).toBe(false);
  });
});
