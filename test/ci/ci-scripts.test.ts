import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { captureOutputs } from '../../build/ci/capture-outputs.js';
import { capturesFor } from '../../build/ci/capture-commands.js';
import { reportProblems } from '../../build/ci/validate-report.js';
import { parseProfile } from '../../diagnostics/profile/load-profile.js';
import { fakeRunner } from '../support/fake-runner.js';
import { planCheck, reportFor } from '../support/generated-check.js';
import { repoRoot } from '../lab/repo-root.js';

// The scripts the CI workflow runs on real machines, run here against fake command output.

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});
const tempDir = async (): Promise<string> => {
  const d = await mkdtemp(join(tmpdir(), 'homeline-ci-'));
  dirs.push(d);
  return d;
};

describe('capture-outputs', () => {
  it('saves each output byte for byte (a Windows code page survives) and records commands that did not run', async () => {
    const dir = await tempDir();
    // CP850 bytes for "Carte réseau sans fil Wi-Fi :", as runCommand's latin1 reading holds them.
    const cp850 = Buffer.from([0x43, 0x61, 0x72, 0x74, 0x65, 0x20, 0x72, 0x82, 0x73, 0x65, 0x61, 0x75, 0xff, 0x3a]);
    const run = fakeRunner({ 'ipconfig /all': cp850.toString('latin1'), 'netsh wlan show interfaces': { stdout: '', exitCode: 1, stderr: 'The Wireless AutoConfig Service (wlansvc) is not running.' } });
    const manifest = (await captureOutputs(dir, 'win32', capturesFor('win32'), run)) as { os: string; commands: { name: string; file: string | null; exitCode: number | null; spawnError: string | null; stderr: string }[] };
    expect(await readFile(join(dir, 'ipconfig-all.txt'))).toEqual(cp850);
    expect(manifest.os).toBe('win32');
    const byName = new Map(manifest.commands.map((c) => [c.name, c]));
    expect(byName.get('netsh-wlan-interfaces')).toMatchObject({ file: null, exitCode: 1, stderr: 'The Wireless AutoConfig Service (wlansvc) is not running.' });
    expect(byName.get('get-netadapter')).toMatchObject({ file: null, spawnError: 'spawn powershell.exe ENOENT' });
    expect(manifest.commands).toHaveLength(capturesFor('win32').length);
    expect(JSON.parse(await readFile(join(dir, 'captures.json'), 'utf8'))).toEqual(manifest);
  });

  it('pings loopback only, on every OS', () => {
    for (const os of ['win32', 'darwin', 'linux'] as const) {
      const pings = capturesFor(os).filter((c) => c.spec.cmd === 'ping');
      expect(pings).toHaveLength(1);
      expect(pings[0]!.spec.args.at(-1)).toBe('127.0.0.1');
    }
  });

  it('captures the PowerShell/CIM JSON queries on Windows with their language and PowerShell version first', () => {
    const ps = capturesFor('win32').filter((c) => c.spec.cmd === 'powershell.exe');
    expect(ps.map((c) => c.name)).toEqual(['powershell-culture', 'get-netadapter', 'get-netipconfiguration', 'get-dnsclientserveraddress', 'get-netroute-default', 'get-netconnectionprofile', 'get-dnsclientnrptpolicy', 'get-vpnconnection', 'echo-dotnet-ping-loopback', 'win32-pingstatus-loopback']);
    for (const c of ps) expect(c.spec.args.at(-1)).toMatch(/ConvertTo-Json/);
    // The echo captures ping loopback only.
    for (const c of ps.filter((x) => /echo|ping/.test(x.name))) expect(c.spec.args.at(-1)).toMatch(/'127\.0\.0\.1'/);
  });
});

describe('validate-report', () => {
  it('accepts a report the engine makes and names what is wrong in one that breaks the schema', async () => {
    const report = reportFor(planCheck(3));
    expect(await reportProblems(report)).toEqual([]);
    const broken = { ...report, verdict: { ...report.verdict, segment: 'somebody' } };
    const problems = await reportProblems(broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain('/verdict/segment');
  });
});

describe('the loopback profile CI checks with', () => {
  it('is a valid profile whose every address is loopback', () => {
    const file = join(repoRoot(), 'build/ci/loopback-profile.json');
    const profile = parseProfile(readFileSync(file, 'utf8'), file);
    const i = profile.internet!;
    const hosts = [...i.pingTargets!, ...i.dnsNames!, ...i.publicResolvers!, ...i.httpsUrls!.map((u) => new URL(u).hostname), new URL(i.captivePortalUrl!).hostname];
    expect(hosts.length).toBeGreaterThan(4);
    for (const h of hosts) expect(['127.0.0.1', 'localhost']).toContain(h);
  });
});
