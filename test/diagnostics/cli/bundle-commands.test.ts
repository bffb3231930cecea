import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInvocation, UsageError } from '../../../diagnostics/cli/args.js';
import { writeCheckBundle } from '../../../diagnostics/cli/bundle-commands.js';
import { targetAddresses } from '../../../diagnostics/profile/target-addresses.js';
import { main } from '../../../diagnostics/cli/main.js';
import { readBundle } from '../../../diagnostics/bundle/read-bundle.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { targetsFromProfile } from '../../../diagnostics/profile/targets.js';
import { emptyReport } from '../bundle/bundle-test-kit.js';

const capture = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } };
};
const dir = () => mkdtempSync(join(tmpdir(), 'homeline-bundle-cli-'));

const TARGETS = targetsFromProfile(
  { internet: { pingTargets: ['9.9.9.9'], publicResolvers: ['2620:fe::fe'], httpsUrls: ['https://93.184.216.34/'], dnsNames: ['www.example.com'] } },
  'profile',
);
const REPORT = emptyReport({
  lang: 'de',
  verdict: { segment: 'isp', headline: 'Verluste hinter dem Router', summary: 'Ihr Anbieter.' },
  findings: [{ id: 'isp.loss', segment: 'isp', severity: 'problem', title: 'Verluste', evidence: ['9.9.9.9: 4 % Verlust, eigene Adresse 8.8.4.4'], steps: ['Anbieter anrufen'] }],
  raw: [{ probe: 'target-ping', cmd: 'ping', args: ['9.9.9.9'], exitCode: 0, stdout: 'from 9.9.9.9 via 8.8.4.4', stderr: '' }],
});

describe('bundle command line', () => {
  it('parses bundle preview and view, and refuses what does not belong', () => {
    expect(parseInvocation(['bundle', 'preview', 'a.homeline'])).toEqual({ command: 'bundle-preview', file: 'a.homeline' });
    expect(parseInvocation(['view', 'a.homeline', '--html', 'a.html', '--lang', 'sv'])).toEqual({ command: 'view', file: 'a.homeline', html: 'a.html', lang: 'sv' });
    for (const argv of [['bundle'], ['bundle', 'send', 'x'], ['bundle', 'preview'], ['view'], ['view', 'a', 'b'], ['view', 'a', '--json', '-'], ['check', '--html', 'x'], ['bundle', 'preview', 'a', '--html', 'x'], ['view', 'a', '--quick']]) {
      expect(() => parseInvocation(argv), argv.join(' ')).toThrow(UsageError);
    }
  });

  it('lists the bundle commands in --help in every language, each with its own page', async () => {
    for (const lang of ['en', 'de', 'sv']) {
      const { out, io } = capture();
      await main(['--help', '--lang', lang], io);
      expect(out.stdout).toMatch(/^ {2}bundle preview +\S/m);
      expect(out.stdout).toMatch(/^ {2}view +\S/m);
      const preview = capture();
      await main(['bundle', 'preview', '--help', '--lang', lang], preview.io);
      expect(preview.out.stdout).toContain('homeline bundle preview FILE');
      const view = capture();
      await main(['help', 'view', '--lang', lang], view.io);
      expect(view.out.stdout).toContain('homeline view BUNDLE [--html FILE]');
    }
  });

  it('takes the profile’s own addresses as ones to keep', () => {
    expect(targetAddresses(TARGETS).sort()).toEqual(['2620:fe::fe', '9.9.9.9', '93.184.216.34']);
  });

  it('check --bundle writes a readable, redacted bundle and says where', async () => {
    const file = join(dir(), 'check.homeline');
    const { out, io } = capture();
    expect(await writeCheckBundle(file, REPORT, TARGETS, translator('de'), io)).toBe(true);
    expect(out.stdout).toBe(`Diagnosepaket geschrieben: ${file}\n`);
    const b = await readBundle(new Uint8Array(readFileSync(file)));
    expect(b.report.findings[0]?.evidence[0]).toBe('9.9.9.9: 4 % Verlust, eigene Adresse 8.8.4.x');
    expect(b.raw[0]?.text).toContain('from 9.9.9.9 via 8.8.4.x');
    expect(b.files.get('report.html')).toContain('lang="de"');
  });

  it('check --bundle into a folder that does not exist says so and fails', async () => {
    const { out, io } = capture();
    expect(await writeCheckBundle(join(dir(), 'missing', 'x.homeline'), REPORT, TARGETS, translator('sv'), io)).toBe(false);
    expect(out.stderr).toMatch(/^\/.*\/missing\/x\.homeline kunde inte skrivas: mappen finns inte\.\nInget går förlorat: utdata sparades i stället i .*x\.homeline\.\n$/);
  });

  it('bundle preview prints every entry of a bundle, and of the bundle a report would make', async () => {
    const d = dir();
    const file = join(d, 'p.homeline');
    await writeCheckBundle(file, REPORT, TARGETS, translator('en'), capture().io);
    const fromBundle = capture();
    expect(await main(['bundle', 'preview', file, '--lang', 'en'], fromBundle.io)).toBe(0);
    expect(fromBundle.out.stdout).toMatch(/^This is exactly what the bundle holds \(5 files, redacted\)/);
    for (const entry of ['manifest.json', 'report.json', 'report.html', 'history.json', 'raw/01-target-ping-ping.txt']) expect(fromBundle.out.stdout).toContain(`=== ${entry} (`);

    const json = join(d, 'r.json');
    writeFileSync(json, JSON.stringify(REPORT));
    const fromReport = capture();
    expect(await main(['bundle', 'preview', json], fromReport.io)).toBe(0);
    expect(fromReport.out.stdout).not.toContain('8.8.4.4'); // no profile given: only the user's own address matters here
    expect(fromReport.out.stdout).toContain('8.8.4.x');
  });

  it('view prints the summary and writes the standalone HTML on request', async () => {
    const d = dir();
    const file = join(d, 'v.homeline');
    await writeCheckBundle(file, REPORT, TARGETS, translator('de'), capture().io);
    const html = join(d, 'v.html');
    const { out, io } = capture();
    expect(await main(['view', file, '--html', html, '--lang', 'de'], io)).toBe(0);
    expect(out.stdout).toContain('Ergebnis: Verluste hinter dem Router');
    expect(out.stdout).toContain(`HTML-Bericht geschrieben: ${html}`);
    expect(readFileSync(html, 'utf8')).toContain('<!DOCTYPE html>');
  });

  it.each([
    ['en', 'is incomplete: the end of the file is missing'],
    ['de', 'ist unvollständig: Das Ende der Datei fehlt'],
    ['sv', 'är ofullständig: slutet av filen saknas'],
  ])('a broken bundle gives one sentence in %s and exit 2', async (lang, words) => {
    const d = dir();
    const file = join(d, 'b.homeline');
    await writeCheckBundle(file, REPORT, TARGETS, translator('en'), capture().io);
    const cut = join(d, 'cut.homeline');
    writeFileSync(cut, readFileSync(file).subarray(0, 400));
    const { out, io } = capture();
    expect(await main(['view', cut, '--lang', lang], io)).toBe(2);
    expect(out.stderr.startsWith(`${cut} ${words}`)).toBe(true);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stdout).toBe('');
  });

  it('a missing file or one that is neither bundle nor report is named', async () => {
    const d = dir();
    const missing = capture();
    expect(await main(['view', join(d, 'nope.homeline')], missing.io)).toBe(2);
    expect(missing.out.stderr).toContain('nope.homeline');
    const other = join(d, 'other.json');
    writeFileSync(other, '{"hello":1}');
    const notReport = capture();
    expect(await main(['bundle', 'preview', other, '--lang', 'en'], notReport.io)).toBe(2);
    expect(notReport.out.stderr).toBe(`${other} is neither a Homeline bundle nor a Homeline report (--json).\n`);
    expect(existsSync(join(d, 'nope.homeline'))).toBe(false);
  });
});
