import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../diagnostics/cli/main.js';
import { openHistory } from '../../../diagnostics/history/history-store.js';
import { twoWeeks } from '../history/history-fixtures.js';

const BAD = new Set([0, 2, 3, 5, 6, 8, 9, 11, 13]);
const eveningLoss = (day: number) => (BAD.has(day) ? 8 + (day % 5) : 0);

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout: stdout.replace(/[\u00a0\u202f]/g, ' '), stderr };
}

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'homeline-cli-home-'));
  process.env.HOMELINE_HOME = home;
});

/**
 * Two weeks of real checks in the history database, all of them inside the command's 14-day
 * window whatever the time of day: the fixture's evening checks fall between 20:00 and 20:13 UTC,
 * so the two weeks end today once today's 20:13 has passed, and yesterday before that (ending
 * yesterday after 20:13 pushed the first evening out of the window: 8 bad days, not 9).
 */
function seed(): void {
  const lastDay = new Date(Date.now() - (20 * 60 + 15) * 60_000).toISOString().slice(0, 10);
  const store = openHistory({ dir: home });
  for (const r of twoWeeks(eveningLoss, lastDay)) store.add(r);
  store.close();
}

describe('homeline history and isp commands', () => {
  it('remembers the ISP details between runs and shows them in each language', async () => {
    const set = await run('isp', 'set', '--name', 'Example Telecom', '--contract-down', '100', '--contract-up', '40', '--customer', 'K-4711');
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('Saved.');
    await run('isp', 'set', '--line', 'DEU.EXT.99');
    const show = await run('isp', 'show', '--lang', 'de');
    expect(show.stdout).toBe(
      ['Internetanbieter: Example Telecom', 'Geschwindigkeit laut Vertrag: 100 Mbit/s Download, 40 Mbit/s Upload', 'Kundennummer: K-4711', 'Anschlusskennung: DEU.EXT.99', ''].join('\n'),
    );
    expect(JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8')).isp.lineId).toBe('DEU.EXT.99');
  });

  it('lists seeded history with its evening pattern, as text and as JSON', async () => {
    seed();
    const text = await run('history', '--lang', 'en');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Check history, last 14 days');
    expect(text.stdout).toContain('Your line loses data at the same time of day');
    expect(text.stdout).toMatch(/On 9 of the last 14 days, 8–12 % of packets were lost beyond the router between \d\d:00 and \d\d:00\./);
    const json = JSON.parse((await run('history', '--days', '30', '--json')).stdout);
    expect(json.checks).toHaveLength(28);
    expect(json.patterns[0]).toMatchObject({ kind: 'time-of-day', badDays: 9, days: 14 });
  });

  it('writes the call kit for the last check with the pattern and the user’s details, in text, HTML and PDF', async () => {
    seed();
    await run('isp', 'set', '--name', 'Example Telecom', '--contract-down', '100', '--contract-up', '40', '--customer', 'K-4711');
    const text = await run('isp', 'kit', '--lang', 'sv');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Ringa din internetleverantör: Example Telecom');
    expect(text.stdout).toMatch(/8–12 % av paketen 9 av de senaste 14 dagarna mellan \d\d:00 och \d\d:00/);
    expect(text.stdout).toContain('kundnummer K-4711');
    const html = join(home, 'kit.html');
    expect((await run('isp', 'kit', '--format', 'html', '--out', html, '--lang', 'de')).stdout).toContain(`nach ${html} geschrieben`);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>[\s\S]*an 9 der letzten 14 Tage/);
    const pdf = join(home, 'kit.pdf');
    expect((await run('isp', 'kit', '--format', 'pdf', '--out', pdf)).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('claims what the user confirmed with --done, for that check only', async () => {
    seed();
    const done = await run('isp', 'kit', '--done', 'restart=12:30,cable', '--lang', 'en');
    expect(done.code).toBe(0);
    expect(done.stderr).toContain('Confirmed for the check of');
    expect(done.stdout).toContain('  [x] Router restarted at 12:30, before this check.');
    expect(done.stdout).toContain('I restarted it at 12:30; the figures were measured after that');
    expect(done.stdout).toContain('I tested with a network cable as well.');
    expect(done.stdout).not.toContain('I tried a second device');
    expect(done.stdout).toContain('I can try a second device while we talk.');
    // Remembered for the same check ...
    expect((await run('isp', 'kit', '--lang', 'en')).stdout).toContain('I tested with a network cable as well.');
    // ... but not claimed about a newer one.
    const store = openHistory({ dir: home });
    const last = store.latest()!;
    store.add({ ...last, startedAt: new Date(last.startedAt.getTime() + 3_600_000) });
    store.close();
    const newer = await run('isp', 'kit', '--lang', 'en');
    expect(newer.stdout).not.toMatch(/I tested with a network cable as well|I restarted it at/);
    expect(newer.stderr).toContain('is not claimed for the newer check: confirm it again with --done');
    expect((await run('isp', 'kit', '--done', 'none')).stderr).toContain('Nothing is confirmed for the check of');
  });

  it.each([
    ['en', 'cable,wifi', '“wifi” is not something --done knows'],
    ['en', 'restart', '“restart” needs the time of the restart'],
    ['de', 'restart=25:00', '„25:00“ ist keine Uhrzeit'],
    ['sv', 'cable,cable', '”cable” anges två gånger'],
    ['de', 'cable,,second-device', '--done braucht eine Liste'],
    ['sv', 'restart=23:59', 'Omstarten kl. 23:59 kom efter kontrollen'],
  ] as const)('refuses --done in %s with a clear error, and keeps nothing (%s)', async (lang, value, message) => {
    seed();
    const r = await run('isp', 'kit', '--done', value, '--lang', lang);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
    const { existsSync } = await import('node:fs');
    expect(existsSync(join(home, 'isp-confirmations.json'))).toBe(false);
  });

  it('claims nothing from a damaged confirmations file, and leaves it in place', async () => {
    seed();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(home, 'isp-confirmations.json'), '{ "version": 1, "checkStartedAt": "yesterday" }');
    const r = await run('isp', 'kit', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Could not read what you confirmed \(.*isp-confirmations\.json: checkStartedAt/);
    expect(r.stdout).not.toMatch(/I tested with a network cable as well/);
    expect(readFileSync(join(home, 'isp-confirmations.json'), 'utf8')).toContain('yesterday');
  });

  it('says there is nothing to call about before the first check', async () => {
    const r = await run('isp', 'kit');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No check has been recorded yet');
  });

  it('reports a locked history and still answers from memory', async () => {
    seed();
    const holder = new DatabaseSync(join(home, 'history.sqlite'));
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const r = await run('history');
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/is in use by another program/);
      expect(r.stdout).toContain('No checks recorded in the last 14 days.');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('keeps a broken settings file aside and carries on', async () => {
    const { writeFileSync, readdirSync } = await import('node:fs');
    writeFileSync(join(home, 'settings.json'), '{ broken');
    const r = await run('isp', 'show');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/could not be read .*kept as .*settings\.json\.broken-/);
    expect(r.stdout).toContain('Internet provider: not set');
    expect(readdirSync(home).some((f) => f.startsWith('settings.json.broken-'))).toBe(true);
  });
});
