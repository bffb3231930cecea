import { describe, expect, it } from 'vitest';
import { prepareBundle, type BundleInput } from '../../../diagnostics/bundle/prepare-bundle.js';
import { readBundle } from '../../../diagnostics/bundle/read-bundle.js';
import { zipBundle } from '../../../diagnostics/bundle/zip-bundle.js';
import { emptyReport, unzipTexts } from './bundle-test-kit.js';

const INPUT: BundleInput = {
  report: emptyReport({
    probes: [{ id: 'wifi', status: 'warn', durationMs: 5, data: { facts: { ssid: 'Familjen Nygren', bssid: '3c:a0:67:5e:21:0b' }, neighbours: [{ ssid: 'Berg_IoT' }] } }],
    raw: [
      { probe: 'wifi', cmd: 'iw', args: ['dev', 'wlan0', 'link'], exitCode: 0, stdout: 'Connected to 3c:a0:67:5e:21:0b\n\tSSID: Familjen Nygren\n', stderr: '' },
      { probe: 'wifi', cmd: 'iw', args: ['dev', 'wlan0', 'link'], exitCode: 1, stdout: '', stderr: 'command failed' },
    ],
  }),
  history: [{ at: '2026-11-22T08:00:00Z', segment: 'wifi', figures: { ssid: 'Familjen Nygren' } }],
  createdAt: new Date('2026-11-23T09:00:00Z'),
  app: { name: 'Homeline', version: '0.1.0' },
  os: { platform: 'linux', release: '6.1.0', arch: 'x64' },
  redaction: { level: 'standard', ssid: 'hash' },
  salt: 'prepare',
  identity: { userName: 'anna' },
};

describe('prepareBundle (the preview) and zipBundle', () => {
  it('lays out manifest, report, HTML, one raw file per output and history, the manifest first', async () => {
    const b = await prepareBundle(INPUT);
    expect(b.entries.map((e) => e.path)).toEqual(['manifest.json', 'report.json', 'report.html', 'raw/01-wifi-iw.txt', 'raw/02-wifi-iw.txt', 'history.json']);
    expect(b.entries.find((e) => e.path === 'raw/02-wifi-iw.txt')?.text).toBe('$ iw dev wlan0 link\n# probe: wifi, exit code: 1\n\n\n\n# stderr:\ncommand failed\n');
  });

  it('the preview is exactly what is written: the zip holds the same texts, byte for byte, and the same bundle gives the same bytes', async () => {
    const b = await prepareBundle(INPUT);
    const zipped = zipBundle(b);
    expect(Object.fromEntries(unzipTexts(zipped))).toEqual(Object.fromEntries(b.entries.map((e) => [e.path, e.text])));
    expect(zipBundle(await prepareBundle(INPUT))).toEqual(zipped);
    await expect(readBundle(zipped)).resolves.toMatchObject({ manifest: b.manifest });
  });

  it('hashes network names found in the data wherever they appear, and records what was applied', async () => {
    const b = await prepareBundle(INPUT);
    for (const e of b.entries) expect(e.text, e.path).not.toContain('Familjen Nygren');
    expect(b.manifest.redaction).toEqual({
      level: 'standard', ssid: 'hash', salt: 'per-install',
      rules: ['hardware-id-oui-kept-device-hashed', 'ipv4-public-/24', 'ipv6-public-/48', 'ipv6-link-local-interface-id-removed', 'identity-masked', 'ssid-hashed'],
      replaced: { hardwareIds: 2, ipv4: 0, ipv6: 0, identity: 0, ssids: 4 },
    });
  });

  it('keeps network names when policy says so, and records an unredacted bundle as such', async () => {
    const keep = await prepareBundle({ ...INPUT, redaction: { level: 'standard', ssid: 'keep' } });
    expect(keep.entries.find((e) => e.path === 'report.json')?.text).toContain('Familjen Nygren');
    const off = await prepareBundle({ ...INPUT, redaction: { level: 'off', ssid: 'hash' } });
    expect(off.manifest.redaction).toMatchObject({ level: 'off', salt: 'none', rules: [] });
    expect(off.entries.find((e) => e.path === 'report.json')?.text).toContain('3c:a0:67:5e:21:0b');
  });
});

describe('prepareBundle keeps the report readable whatever the names are', () => {
  it('a network called "wifi" and a user called "ok" do not break segments, statuses or field names', async () => {
    const input: BundleInput = {
      ...INPUT,
      report: emptyReport({
        verdict: { segment: 'wifi', headline: 'Weak signal on wifi', summary: 'ok' },
        findings: [{ id: 'wifi.weak-signal', segment: 'wifi', severity: 'warning', title: 'Weak at wifi', evidence: ['wifi'], steps: [] }],
        probes: [{ id: 'wifi', status: 'ok', durationMs: 1, data: { facts: { ssid: 'wifi', status: 'ok' } } }],
        raw: [{ probe: 'wifi', cmd: 'iw', args: [], exitCode: 0, stdout: 'SSID: wifi', stderr: '' }],
      }),
      identity: { userName: 'ok' },
    };
    const b = await readBundle(zipBundle(await prepareBundle(input)));
    expect(b.report.verdict.segment).toBe('wifi');
    expect(b.report.probes[0]).toMatchObject({ id: 'wifi', status: 'ok', data: { facts: { ssid: expect.stringMatching(/^ssid-[0-9a-f]{8}$/), status: '<user>' } } });
    expect(b.report.findings[0]).toMatchObject({ id: 'wifi.weak-signal', segment: 'wifi', severity: 'warning', title: expect.stringMatching(/^Weak at ssid-/) });
    expect(b.raw[0]?.text).toContain('SSID: ssid-');
  });
});
