import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { draftFromReport } from '../../../diagnostics/tickets/draft-from-report.js';
import { ev, WEEK } from '../history/monitor-event-fixtures.js';
import { ispLoss, seededCheck, seedEvents } from '../history/seeded-check.js';
import { replayProbes } from '../replay-probes.js';
import { healthy } from '../verdict/evidence-builder.js';

// The home network's and the VPN's recorded drop-outs go to the check's advice and the help-desk
// ticket, never to the provider's call kit. History seeded in a temporary HOMELINE_HOME; the
// events are written for the test (monitor-event-fixtures.ts), the week before 2026-11-23 19:30 UTC.
const home = (iso: string, s: number) => ev(iso, s, { segment: 'home', targets: ['router'], providerHopSilent: null });
const vpn = (iso: string, s: number) => ev(iso, s, { segment: 'vpn', targets: ['vpn-gateway'], providerHopSilent: null });
/** With WEEK's home drop-out (22 Nov 12:00, 30 s): 3 home drop-outs of 3–30 s, 2 VPN ones of 4–11 s. */
const MORE = [home('2026-11-21T20:15:00Z', 6), home('2026-11-23T09:00:00Z', 3), vpn('2026-11-20T10:00:00Z', 4), vpn('2026-11-22T16:30:00Z', 11)];
const attachment = { fileName: 'b.zip', contentType: 'application/zip', bytes: new Uint8Array([1]) };

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'homeline-dropout-advice-'));
  process.env.HOMELINE_HOME = dir;
});

const seed = (events = [...WEEK, ...MORE]): void => seedEvents(dir, events);
const check = seededCheck;

describe('home and VPN drop-outs in the advice', () => {
  it.each([
    [
      'en',
      'In the last 7 days the connection monitor recorded 3 drop-outs of 3–30 s in which your router stopped answering, the latest on Mon 23 Nov, 09:00.',
      'In the last 7 days the connection monitor recorded 2 drop-outs of 4–11 s in which the company VPN stopped answering while your router and the internet kept answering, the latest on Sun 22 Nov, 16:30.',
    ],
    [
      'de',
      'In den letzten 7 Tagen hat der Verbindungsmonitor 3 Abbrüche von 3–30 s aufgezeichnet, in denen Ihr Router nicht mehr antwortete, zuletzt am Mo., 23. Nov., 09:00.',
      'In den letzten 7 Tagen hat der Verbindungsmonitor 2 Abbrüche von 4–11 s aufgezeichnet, in denen das Firmen-VPN nicht mehr antwortete, während Ihr Router und das Internet weiter antworteten, zuletzt am So., 22. Nov., 16:30.',
    ],
    [
      'sv',
      'De senaste 7 dagarna registrerade anslutningsövervakningen 3 avbrott på 3–30 s då din router slutade svara, det senaste mån 23 nov. 09:00.',
      'De senaste 7 dagarna registrerade anslutningsövervakningen 2 avbrott på 4–11 s då företagets VPN slutade svara medan din router och internet fortsatte att svara, det senaste sön 22 nov. 16:30.',
    ],
  ] as const)('%s: a finding with steps for each, counted from history; the verdict and the kit stay the provider’s', async (lang, homeLine, vpnLine) => {
    seed();
    const report = await check(replayProbes(ispLoss), lang);
    expect(report.verdict.segment).toBe('isp');
    const h = report.findings.find((f) => f.id === 'home.dropouts');
    const v = report.findings.find((f) => f.id === 'vpn.dropouts');
    expect(h).toMatchObject({ segment: 'home-network', severity: 'warning', evidence: [homeLine] });
    expect(v).toMatchObject({ segment: 'vpn', severity: 'warning', evidence: [vpnLine] });
    expect(h!.steps.length).toBeGreaterThanOrEqual(2);
    expect(v!.steps.length).toBeGreaterThanOrEqual(2);
    for (const f of [h!, v!]) expect(JSON.stringify(f)).not.toMatch(/\{\{|finding\.|evidence\./);
    // The kit still counts the provider's 5 drop-outs only.
    expect(report.ispCall?.script).toContain(lang === 'en' ? 'Drop-outs in the last 7 days: 5,' : lang === 'de' ? 'Aussetzer in den letzten 7 Tagen: 5,' : 'Avbrott de senaste 7 dagarna: 5,');
  });

  it('a clean check keeps its clean verdict and still gives the advice; the rhythm is named when there is one', async () => {
    seed([...WEEK, home('2026-11-20T20:05:00Z', 5), home('2026-11-21T20:40:00Z', 7), home('2026-11-22T21:10:00Z', 9)]);
    const report = await check(replayProbes(healthy()));
    expect(report.verdict.segment).toBe('none');
    expect(report.verdict.headline).toBe('Your connection looks fine');
    expect(report.findings.find((f) => f.id === 'home.dropouts')?.evidence).toEqual([
      'In the last 7 days the connection monitor recorded 4 drop-outs of 5–30 s in which your router stopped answering, the latest on Sun 22 Nov, 21:10.',
      '3 of them began between 19:00 and 22:00.', // the summarizer takes the earliest 3-hour window holding the most
    ]);
    expect(report.findings.some((f) => f.id === 'vpn.dropouts')).toBe(false);
  });

  it('no home or VPN drop-out, no such finding (the provider’s alone do not count)', async () => {
    seed(WEEK.filter((e) => e.segment === 'isp'));
    const report = await check(replayProbes(ispLoss));
    expect(report.findings.filter((f) => f.id.endsWith('.dropouts'))).toEqual([]);
  });
});

describe('home and VPN drop-outs in the help-desk ticket', () => {
  it.each(['en', 'de', 'sv'] as const)('%s: lists them newest first with UTC times, and not the provider’s', async (lang) => {
    seed();
    const t = translator(lang);
    const report = await check(replayProbes(ispLoss), lang);
    const text = draftFromReport(report, attachment, 'k', t).description;
    const at = text.indexOf(t.t('dropoutTicket.title', { days: 7 }));
    expect(at).toBeGreaterThan(0);
    const lines = text.slice(at).split('\n').slice(1, 7);
    expect(lines).toEqual([
      `  - 2026-11-23 09:00:00  ${t.t('dropoutTicket.segment.home')}  3 s`,
      `  - 2026-11-22 16:30:00  ${t.t('dropoutTicket.segment.vpn')}  11 s`,
      `  - 2026-11-22 12:00:00  ${t.t('dropoutTicket.segment.home')}  30 s`,
      `  - 2026-11-21 20:15:00  ${t.t('dropoutTicket.segment.home')}  6 s`,
      `  - 2026-11-20 10:00:00  ${t.t('dropoutTicket.segment.vpn')}  4 s`,
      '',
    ]);
    // The advice is in the ticket too, as findings are.
    expect(text).toContain(report.findings.find((f) => f.id === 'vpn.dropouts')!.evidence[0]);
  });

  it('lists at most 10 and says how many more the bundle holds', async () => {
    const many = Array.from({ length: 13 }, (_, i) => home(new Date(Date.parse('2026-11-22T00:00:00Z') + i * 3_600_000).toISOString(), 4));
    seed(many);
    const t = translator('en');
    const text = draftFromReport(await check(replayProbes(healthy())), attachment, 'k', t).description;
    expect(text.match(/ {2}- 2026-11-22 \d\d:00:00 {2}home network {2}4 s/g)).toHaveLength(10);
    expect(text).toContain('  … and 3 earlier ones (all are in the attached bundle).');
  });

  it('a report without home or VPN drop-outs adds nothing to the ticket', async () => {
    seed(WEEK.filter((e) => e.segment === 'isp'));
    const t = translator('en');
    const text = draftFromReport(await check(replayProbes(ispLoss)), attachment, 'k', t).description;
    expect(text).not.toContain('Drop-outs recorded on this computer');
  });
});
