import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../../diagnostics/platform/command.js';
import { readWifi } from '../../../diagnostics/platform/wifi/read-wifi.js';
import { prepareBundle } from '../../../diagnostics/bundle/prepare-bundle.js';
import { readBundle } from '../../../diagnostics/bundle/read-bundle.js';
import { zipBundle } from '../../../diagnostics/bundle/zip-bundle.js';
import { allFixtureFiles, containsToken, emptyReport, macsIn, personalIpv6In, publicIpv4In, readFixture, unzipTexts } from './bundle-test-kit.js';

// Names that stand for this user and machine; one of them is a real host name in the fixtures.
const IDENTITY = { userName: 'annasvensson', hostName: 'LAPTOP-7F3K2Q', homeDir: 'C:\\Users\\annasvensson' };
const IDENTITY_LINE = 'logged in as annasvensson on laptop-7f3k2q, profile C:\\Users\\annasvensson\\AppData\\Local';

/** The runner every Wi-Fi command gets: the fixture's text, whatever was asked. */
const answerWith = (stdout: string): CommandRunner => async (spec) => ({
  cmd: spec.cmd, args: spec.args, stdout, stderr: '', exitCode: 0, signal: null, timedOut: false, truncated: false, durationMs: 1,
});

const osOf = (name: string) => (name.startsWith('win-') ? 'win32' : name.startsWith('mac-') || name.startsWith('darwin-') ? 'darwin' : 'linux') as 'win32' | 'darwin' | 'linux';

/** A bundle whose raw output, probe data, finding evidence and history all carry the fixture's values. */
async function bundleFrom(path: string) {
  const text = readFixture(path);
  const name = path.split('/').at(-1) ?? path;
  const wifi = await readWifi({ os: osOf(name), run: answerWith(text) });
  const ssids = [wifi.facts.ssid, ...wifi.neighbours.map((n) => n.ssid)].filter((s): s is string => !!s);
  const macs = macsIn(text);
  const v4 = publicIpv4In(text);
  const v6 = personalIpv6In(text);
  const mentioned = [...ssids, ...macs, ...v4, ...v6].join(', ');
  const report = emptyReport({
    probes: [{ id: 'wifi', status: 'ok', durationMs: 3, data: { ...wifi } }],
    findings: [{ id: 'wifi.weak-signal', segment: 'wifi', severity: 'warning', title: `Weak at ${ssids[0] ?? 'x'}`, evidence: [`Seen: ${mentioned}`, IDENTITY_LINE], steps: [] }],
    raw: [{ probe: 'fixture', cmd: name, args: [], exitCode: 0, stdout: `${text}\n${IDENTITY_LINE}\n`, stderr: IDENTITY_LINE }],
  });
  const history = [{ at: '2026-11-22T08:00:00.000Z', segment: 'wifi', figures: { note: mentioned } }];
  const prepared = await prepareBundle({
    report, history, createdAt: new Date('2026-11-23T09:00:00Z'), app: { name: 'Homeline', version: '0.1.0' },
    os: { platform: 'linux', release: '6.1.0', arch: 'x64' }, redaction: { level: 'standard', ssid: 'hash' }, salt: 'test-salt', identity: IDENTITY,
  });
  return { bytes: zipBundle(prepared), secrets: { ssids, macs, v4, v6 } };
}

describe('no unredacted value survives in a bundle built from any fixture or recording', () => {
  const files = allFixtureFiles();

  it('finds the fixtures and recordings to check', () => {
    expect(files.length).toBeGreaterThan(150);
    expect(files).toContain('test/lab/recordings/weak-wifi-linux.json');
  });

  it.each(files)('%s', async (path) => {
    const { bytes, secrets } = await bundleFrom(path);
    const entries = unzipTexts(bytes);
    expect([...entries.keys()]).toEqual(expect.arrayContaining(['manifest.json', 'report.json', 'report.html', 'history.json', 'raw/01-fixture-' + (path.split('/').at(-1) ?? '').replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 40) + '.txt']));
    for (const [entry, text] of entries) {
      const where = `${entry} of the bundle from ${path}`;
      for (const mac of secrets.macs) expect(containsToken(text, mac, true), `${mac} in ${where}`).toBe(false);
      for (const ip of [...secrets.v4, ...secrets.v6]) expect(containsToken(text, ip, true), `${ip} in ${where}`).toBe(false);
      for (const ssid of secrets.ssids) expect(containsToken(text, ssid), `SSID ${ssid} in ${where}`).toBe(false);
      for (const name of ['annasvensson', 'LAPTOP-7F3K2Q']) expect(containsToken(text, name, true), `${name} in ${where}`).toBe(false);
    }
    // The bundle is also well-formed: the reader accepts it and its hashes.
    await expect(readBundle(bytes)).resolves.toBeDefined();
  });

  it('really had secrets to hide: the fixtures hold MACs, SSIDs and public addresses', async () => {
    const totals = { macs: 0, ssids: 0, ips: 0 };
    for (const path of files) {
      const s = (await bundleFrom(path)).secrets;
      totals.macs += s.macs.length;
      totals.ssids += s.ssids.length;
      totals.ips += s.v4.length + s.v6.length;
    }
    expect(totals.macs).toBeGreaterThan(20);
    expect(totals.ssids).toBeGreaterThan(10);
    expect(totals.ips).toBeGreaterThan(0);
  }, 60_000); // builds a bundle per fixture: room on a busy machine, not a speed target
});
