import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../diagnostics/check.js';
import { openCheckMemory } from '../../../diagnostics/cli/check-history.js';
import { openHistory } from '../../../diagnostics/history/history-store.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { targetsFromProfile } from '../../../diagnostics/profile/targets.js';
import { saveUserSettings } from '../../../diagnostics/settings/user-settings.js';
import { twoWeeks } from '../history/history-fixtures.js';
import { replayProbes } from '../replay-probes.js';
import { healthy, ping, withTargets } from '../verdict/evidence-builder.js';

const targets = targetsFromProfile({ internet: { pingTargets: ['203.0.113.10'] } }, 'profile');
const ispLoss = withTargets(healthy(), [ping('203.0.113.10', 1500, 1050, 24), ping('203.0.113.11', 1500, 1050, 26)]);
const BAD = new Set([0, 2, 3, 5, 6, 8, 9, 11, 13]);
const eveningLoss = (day: number) => (BAD.has(day) ? 8 + (day % 5) : 0);
const now = new Date('2026-11-23T19:30:00Z');

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'homeline-check-home-'));
  process.env.HOMELINE_HOME = home;
});

function seed(): void {
  const store = openHistory({ dir: home, now: () => now });
  for (const r of twoWeeks(eveningLoss, '2026-11-22')) store.add(r);
  store.close();
}

async function check(probes = replayProbes(ispLoss), lang: 'en' | 'de' | 'sv' = 'en') {
  const warnings: string[] = [];
  const memory = await openCheckMemory(true, translator(lang), (s) => warnings.push(s), now);
  const report = await runCheck({ targets, lang, quick: true, os: 'linux', probes, now: () => now, timeZone: 'UTC', history: memory.past, ...(memory.isp ? { isp: memory.isp } : {}) });
  memory.record(report);
  memory.close();
  return { report, warnings };
}

describe('a check with its history', () => {
  it.each([
    ['en', 'my history shows 8–12 % packet loss on 9 of the last 14 days between 20:00 and 21:00'],
    ['de', 'an 9 der letzten 14 Tage zwischen 20:00 und 21:00 Uhr 8–12 % der Pakete verloren'],
    ['sv', '8–12 % av paketen 9 av de senaste 14 dagarna mellan 20:00 och 21:00'],
  ] as const)('cites the seeded evening pattern in the %s call script, and records the check', async (lang, pattern) => {
    seed();
    await saveUserSettings(home, { version: 1, isp: { customerNumber: 'K-4711', contractDownMbps: 100, contractUpMbps: 40 } });
    const { report, warnings } = await check(replayProbes(ispLoss), lang);
    expect(warnings).toEqual([]);
    expect(report.findings.map((f) => f.id)).toEqual(['isp.loss', 'isp.time-of-day-pattern']);
    expect(report.ispCall?.script).toContain(pattern);
    expect(report.ispCall?.script).toContain('K-4711');
    const store = openHistory({ dir: home, now: () => now });
    expect(store.since(new Date(0))).toHaveLength(29);
    expect(store.latest()).toMatchObject({ segment: 'isp', findingIds: ['isp.loss', 'isp.time-of-day-pattern'], figures: { internetLossPct: 30, internetSent: 3000 } });
    store.close();
  });

  it('makes the pattern a finding of its own when the line is clean right now', async () => {
    seed();
    const { report } = await check(replayProbes(healthy()));
    expect(report.verdict).toMatchObject({ segment: 'isp', headline: 'Your line loses data at the same time of day' });
    expect(report.ispCall?.script).toContain('on 9 of the last 14 days');
  });

  it('completes and says so when the history cannot be written', async () => {
    seed();
    const holder = new DatabaseSync(join(home, 'history.sqlite'));
    holder.exec('BEGIN EXCLUSIVE');
    try {
      const { report, warnings } = await check();
      expect(report.verdict.segment).toBe('isp');
      expect(warnings.join('\n')).toMatch(/in use by another program; this check was not added/);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    const store = openHistory({ dir: home, now: () => now });
    expect(store.since(new Date(0))).toHaveLength(28);
    store.close();
  });

  it('completes when the history fails only at the moment of writing', async () => {
    const warnings: string[] = [];
    const memory = await openCheckMemory(true, translator('en'), (s) => warnings.push(s), now);
    const report = await runCheck({ targets, lang: 'en', quick: true, os: 'linux', probes: replayProbes(ispLoss), now: () => now, history: memory.past });
    const holder = new DatabaseSync(join(home, 'history.sqlite'));
    holder.exec('BEGIN EXCLUSIVE');
    try {
      expect(() => memory.record(report)).not.toThrow();
      expect(warnings).toEqual([expect.stringMatching(/^This check could not be added to the history: database is locked/)]);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
      memory.close();
    }
  });

  it('leaves the history alone with --no-history', async () => {
    const memory = await openCheckMemory(false, translator('en'), () => undefined, now);
    const report = await runCheck({ targets, lang: 'en', quick: true, os: 'linux', probes: replayProbes(ispLoss), now: () => now, history: memory.past });
    memory.record(report);
    memory.close();
    const store = openHistory({ dir: home });
    expect(store.latest()).toBeUndefined();
    store.close();
  });
});
