import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../diagnostics/cli/main.js';
import { openHistory } from '../../../diagnostics/history/history-store.js';
import { reportSchema } from '../../../diagnostics/schema/report.js';
import { check as record } from '../history/history-fixtures.js';
import { ev, WEEK } from '../history/monitor-event-fixtures.js';
import { ispLoss, SEEDED_NOW, seededCheck, seedEvents } from '../history/seeded-check.js';
import { replayProbes } from '../replay-probes.js';
import { healthy } from '../verdict/evidence-builder.js';

// The monitor's recorded events as evidence: the clean check after drop-outs, the call kit and
// `homeline history`, from a seeded history in a temporary HOMELINE_HOME.
const now = SEEDED_NOW;

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'homeline-monitor-history-'));
  process.env.HOMELINE_HOME = home;
});

const seed = (extra: Parameters<typeof ev>[] = []): void => seedEvents(home, [...WEEK, ...extra.map((a) => ev(...a))]);
const check = seededCheck;

describe('monitor events as evidence', () => {
  it.each([
    ['en', 'Drop-outs in the last 7 days: 5, each 5–40 s long, each beyond the router: the router answered throughout.', '4 of them began between 19:00 and 22:00.', 'In 2 of them the provider’s first router stopped answering too.'],
    ['de', 'Aussetzer in den letzten 7 Tagen: 5, jeweils 5–40 s lang, alle hinter dem Router: der Router antwortete durchgehend.', '4 davon begannen zwischen 19:00 und 22:00.', 'Bei 2 davon antwortete auch der erste Router des Anbieters nicht mehr.'],
    ['sv', 'Avbrott de senaste 7 dagarna: 5, vart och ett 5–40 s långt, alla bortom routern: routern svarade hela tiden.', '4 av dem började mellan 19:00 och 22:00.', 'Vid 2 av dem slutade även leverantörens första router att svara.'],
  ] as const)('the %s call kit cites the provider’s drop-outs only (not the home network’s)', async (lang, count, window, hop) => {
    seed();
    const report = await check(replayProbes(ispLoss), lang);
    expect(report.verdict.segment).toBe('isp');
    expect(report.ispCall?.script).toContain(count);
    expect(report.ispCall?.script).toContain(window);
    expect(report.ispCall?.script).toContain(hop);
    // The report (and so a bundle) carries the week's events, valid against the published schema.
    expect(report.monitorEvents).toHaveLength(WEEK.length);
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it('a clean check after drop-outs in the last hour says so instead of "looks fine"', async () => {
    seed([['2026-11-23T18:50:00Z', 8, { segment: 'home', targets: ['router'], providerHopSilent: null }], ['2026-11-23T19:05:00Z', 14]]);
    const report = await check(replayProbes(healthy()));
    expect(report.verdict.segment).toBe('none');
    expect(report.verdict.headline).toBe('The check is clean now, but the line dropped out 2 times in the last hour');
    expect(report.verdict.summary).toBe(
      'Homeline found nothing wrong right now. The connection monitor saw the line drop out in the last hour, the longest for 14 s, the last at 19:05; the first part that stopped answering: your home network or Wi-Fi, your internet provider.',
    );
  });

  it('a clean check with no drop-outs in the last hour still looks fine', async () => {
    seed();
    const report = await check(replayProbes(healthy()));
    expect(report.verdict.headline).toBe('Your connection looks fine');
  });

  it('homeline history lists checks and drop-outs, and --json carries both', async () => {
    const store = openHistory({ dir: home });
    const recent = Date.now() - 3_600_000;
    store.add(record(new Date(recent - 60_000).toISOString()));
    store.addEvent(ev(new Date(recent).toISOString(), 12, { providerHopSilent: true }));
    store.close();
    let out = '';
    expect(await main(['history', '--lang', 'en'], { stdout: (s) => (out += s), stderr: () => undefined })).toBe(0);
    expect(out).toContain('Drop-outs and bad spells seen by the connection monitor:');
    expect(out).toMatch(/\| {2}drop-out {2}\| {2}your internet provider {2}\| {2}12 s, the provider’s first router was silent too, the router answered throughout/);
    let json = '';
    expect(await main(['history', '--json'], { stdout: (s) => (json += s), stderr: () => undefined })).toBe(0);
    const parsed = JSON.parse(json) as { checks: unknown[]; monitorEvents: { segment: string; seconds: number }[] };
    expect(parsed.checks).toHaveLength(1);
    expect(parsed.monitorEvents).toEqual([expect.objectContaining({ segment: 'isp', seconds: 12 })]);
  });
});
