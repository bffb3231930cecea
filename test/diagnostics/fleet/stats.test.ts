import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectStats } from '../../../diagnostics/fleet/collect-stats.js';
import { FIGURE_NAMES, type FigureName } from '../../../diagnostics/fleet/figures.js';
import { RELATIVE_ACCURACY } from '../../../diagnostics/fleet/quantile.js';
import type { FleetStats } from '../../../diagnostics/fleet/stats.js';
import { CORRUPTIONS, writeGeneratedBundles } from '../../support/generated-bundle.js';
import { FINDING_IDS, planCheck, reportFor, type CheckPlan } from '../../support/generated-check.js';

// 336 = 2 × 168: every cycle of the generator's plan completes, so the counts are exact and known.
const N = 336;
let dir: string;
let stats: FleetStats;
const plans: CheckPlan[] = Array.from({ length: N + 4 }, (_, i) => planCheck(i));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeline-stats-'));
  await writeGeneratedBundles(dir, N, CORRUPTIONS);
  // Beside the bundles: plain report files in a sub-folder, and files that are not checks at all.
  await mkdir(join(dir, 'plain'));
  for (let i = N; i < N + 4; i++) await writeFile(join(dir, 'plain', `report-${i}.json`), JSON.stringify(reportFor(plans[i] as CheckPlan)));
  await writeFile(join(dir, 'plain', 'notes.txt'), 'the help desk keeps notes here');
  await writeFile(join(dir, 'plain', 'garbage.json'), '{"schemaVersion": 1, "findings": [');
  stats = await collectStats([dir], { timeZone: 'UTC' });
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const count = <T>(xs: readonly T[], key: (x: T) => string | readonly string[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const x of xs) for (const k of [key(x)].flat()) out[k] = (out[k] ?? 0) + 1;
  return out;
};

describe('homeline stats over generated bundles', () => {
  it('reads every check, bundles and plain reports, and nothing else', () => {
    expect(stats.checks).toBe(N + 4);
  });

  it('counts and lists every broken file with its reason, without stopping', () => {
    expect(stats.unreadable.count).toBe(CORRUPTIONS.length + 1);
    const reasons = Object.fromEntries(stats.unreadable.files.map((f) => [f.file.replace(/^.*\//, ''), f.problem]));
    expect(reasons['broken-truncated-0.homeline']).toMatchObject({ key: 'bundle', reason: 'truncated' });
    expect(reasons['broken-not-a-zip-1.homeline']).toMatchObject({ key: 'notJson' });
    expect(reasons['broken-foreign-zip-2.homeline']).toMatchObject({ key: 'bundle', reason: 'foreign' });
    expect(reasons['broken-newer-format-3.homeline']).toMatchObject({ key: 'bundle', reason: 'newer-version' });
    expect(reasons['broken-bad-report-4.homeline']).toMatchObject({ key: 'bundle', reason: 'invalid-report' });
    expect(reasons['broken-tampered-5.homeline']).toMatchObject({ key: 'bundle', reason: 'hash-mismatch' });
    expect(reasons['broken-empty-6.homeline']).toEqual({ key: 'empty' });
    expect(reasons['garbage.json']).toMatchObject({ key: 'notJson' });
    expect(stats.unreadable.files.every((f) => f.reason.length > 10)).toBe(true);
  });

  it('counts results, systems, bands, hours and weekdays exactly as the generator laid them out', () => {
    // The plan's cycles: 8 segments, 3 systems, 7 weekdays, 24 hours over 336 + 4 checks.
    for (const s of ['none', 'device', 'wifi', 'home-network', 'isp', 'vpn', 'citrix', 'unknown'] as const) {
      expect(stats.bySegment[s]).toBe(N / 8 + (['none', 'device', 'wifi', 'home-network'].includes(s) ? 1 : 0));
    }
    expect(stats.byOs).toEqual({ win32: 112 + 4, darwin: 112, linux: 112, other: 0 });
    expect(stats.byWeekday).toEqual({ mon: 49, tue: 49, wed: 49, thu: 49, fri: 48, sat: 48, sun: 48 });
    expect(stats.byHour.reduce((a, b) => a + b, 0)).toBe(N + 4);
    const hourOf = (p: CheckPlan): number => new Date(p.startedAt).getUTCHours();
    expect(stats.byHour).toEqual(Array.from({ length: 24 }, (_, h) => 14 + plans.slice(N).filter((p) => hourOf(p) === h).length));
    expect(stats.byBand).toEqual({ '2.4GHz': 0, '5GHz': 0, '6GHz': 0, none: 0, ...count(plans, (p) => p.band ?? 'none') });
    // Wi-Fi verdicts never sit on a cable: their planned cable checks moved to 2.4 GHz.
    expect(stats.byBand['2.4GHz']).toBeGreaterThan(stats.byBand['5GHz']);
  });

  it('counts each finding once per check that has it', () => {
    expect(stats.byFinding).toEqual(count(plans, (p) => [...new Set(p.findings.map((f) => f.id))]));
    expect(stats.byFinding['device.proxy']).toBeGreaterThan(0);
    // The generator covers every finding the rules can raise (each has texts in the catalog).
    expect(Object.keys(stats.byFinding).sort()).toEqual(Object.values(FINDING_IDS).flat().sort());
  });

  it('gives the same answer whatever the number of files in flight', async () => {
    const one = await collectStats([dir], { timeZone: 'UTC', concurrency: 1 });
    const eight = await collectStats([dir], { timeZone: 'UTC', concurrency: 8 });
    const order = (s: FleetStats) => ({ ...s, unreadable: { ...s.unreadable, files: [...s.unreadable.files].sort((a, b) => a.file.localeCompare(b.file)) } });
    expect(order(eight)).toEqual(order(one));
    expect(order(one)).toEqual(order(stats));
  });

  it('estimates every median within the documented relative accuracy of the exact one', () => {
    for (const name of FIGURE_NAMES.filter((n) => n !== 'jitterMs')) {
      const values = plans.map((p) => p.figures[name as Exclude<FigureName, 'jitterMs'>]).filter((v): v is number => v !== null).sort((a, b) => a - b);
      const summary = stats.figures[name];
      expect(summary?.count, name).toBe(values.length);
      const lo = values[Math.floor((values.length - 1) / 2)] as number;
      const hi = values[Math.ceil((values.length - 1) / 2)] as number;
      const slack = RELATIVE_ACCURACY * Math.max(Math.abs(lo), Math.abs(hi));
      expect(summary?.median, name).toBeGreaterThanOrEqual(lo - slack);
      expect(summary?.median, name).toBeLessThanOrEqual(hi + slack);
      expect(summary?.min, name).toBe(values[0]);
      expect(summary?.max, name).toBe(values[values.length - 1]);
    }
  });
});
