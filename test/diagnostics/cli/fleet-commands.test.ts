import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../diagnostics/cli/main.js';
import { writeGeneratedBundles, bundleName } from '../../support/generated-bundle.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeline-fleet-cli-'));
  await writeGeneratedBundles(dir, 16, ['truncated']);
  await writeFile(join(dir, 'odd "name", with comma.json'), 'not json');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}
const file = (i: number): string => join(dir, bundleName(i));

describe('homeline diff', () => {
  it('exits 0 when nothing changed and 1 when something did', async () => {
    expect((await run('diff', file(4), file(4), '--lang', 'en')).code).toBe(0);
    const changed = await run('diff', file(0), file(4), '--lang', 'de');
    expect(changed.code).toBe(1);
    expect(changed.out).toContain('Das Ergebnis hat sich geändert');
  });

  it('writes the difference as JSON with --json', async () => {
    const { code, out } = await run('diff', file(0), file(4), '--json');
    expect(code).toBe(1);
    const d = JSON.parse(out) as { verdictChanged: boolean; after: { segment: string } };
    expect(d.verdictChanged).toBe(true);
    expect(d.after.segment).toBe('isp');
  });

  it('names the file that is not a check and exits 2', async () => {
    const { code, err } = await run('diff', file(0), join(dir, 'broken-truncated-0.homeline'), '--lang', 'en');
    expect(code).toBe(2);
    expect(err).toMatch(/broken-truncated-0\.homeline is incomplete: the end of the file is missing/);
  });

  it('is a usage error with one file', async () => {
    const { code, err } = await run('diff', file(0), '--lang', 'sv');
    expect(code).toBe(2);
    expect(err).toContain('diff behöver exakt två filer');
  });
});

describe('homeline stats', () => {
  it('writes CSV with stable keys, exact counts and quoted odd file names', async () => {
    const { code, out } = await run('stats', dir, '--format', 'csv', '--time-zone', 'UTC', '--lang', 'en');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\r\n');
    expect(lines[0]).toBe('table,key,label,count,median,p90,min,max,unit');
    expect(lines).toContain('total,checks,,16,,,,,');
    expect(lines).toContain('total,unreadable,,2,,,,,');
    expect(lines).toContain('segment,isp,your internet provider,2,,,,,');
    expect(lines.some((l) => l.startsWith(`unreadable,"${join(dir, 'odd ""name"", with comma.json')}"`))).toBe(true);
    expect(lines.find((l) => l.startsWith('figure,internetRttMs,'))).toMatch(/^figure,internetRttMs,Round trip to the internet,16,[\d.]+,[\d.]+,[\d.]+,[\d.]+,ms$/);
  });

  it('writes JSON that a script can read back', async () => {
    const { out } = await run('stats', dir, '--format', 'json', '--time-zone', 'UTC');
    const s = JSON.parse(out) as { checks: number; byWeekday: Record<string, number>; relativeAccuracy: number };
    expect(s.checks).toBe(16);
    expect(Object.values(s.byWeekday).reduce((a, b) => a + b, 0)).toBe(16);
    expect(s.relativeAccuracy).toBe(0.01);
  });

  it('writes a standalone HTML page with inline SVG charts that loads nothing', async () => {
    const out = join(dir, 'stats.html');
    expect((await run('stats', dir, '--format', 'html', '--out', out, '--time-zone', 'Europe/Stockholm', '--lang', 'sv')).code).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain("default-src 'none'");
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(6);
    expect(html).toContain('Europe/Stockholm');
    expect(html).toContain('<th>90:e percentilen</th>');
    // Nothing that would fetch: no scripts, sources, links, stylesheet imports or CSS urls.
    expect(html).not.toMatch(/<script|\ssrc=|\shref=|@import|url\(/i);
    expect(html).toContain('odd &quot;name&quot;, with comma.json');
  });

  it('prints a table in the terminal and lists the unreadable files', async () => {
    const { code, out } = await run('stats', dir, '--time-zone', 'UTC', '--lang', 'en');
    expect(code).toBe(0);
    expect(out).toContain('16 checks read; 2 files could not be read.');
    expect(out).toMatch(/broken-truncated-0\.homeline is incomplete: the end of the file is missing/);
  });

  it('says why a file is unreadable in the reader\'s language', async () => {
    const { out } = await run('stats', dir, '--time-zone', 'UTC', '--lang', 'de');
    expect(out).toMatch(/broken-truncated-0\.homeline ist unvollständig: Das Ende der Datei fehlt/);
    expect(out).toMatch(/with comma\.json: die Datei ist weder ein Bundle \(ZIP\) noch ein JSON-Bericht/);
  });

  it.each([
    [['stats'], /at least one folder or file/],
    [['stats', '.', '--format', 'xml'], /--format must be text, csv, json or html, not "xml"/],
    [['stats', '.', '--time-zone', 'Mars/Olympus'], /time zone name/],
  ])('refuses %j with exit 2', async (argv, message) => {
    const { code, err } = await run(...argv, '--lang', 'en');
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('counts a missing folder as unreadable instead of failing', async () => {
    const { code, out } = await run('stats', join(dir, 'nowhere'), '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).unreadable).toEqual({ count: 1, files: [{ file: join(dir, 'nowhere'), reason: 'no such file or folder.', problem: { key: 'notFoundAny' } }] });
  });
});
