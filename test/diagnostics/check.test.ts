import { describe, expect, it } from 'vitest';
import { runCheck } from '../../diagnostics/check.js';
import { ALL_PROBES } from '../../diagnostics/probes/all-probes.js';
import { targetsFromProfile } from '../../diagnostics/profile/targets.js';
import { reportSchema } from '../../diagnostics/schema/report.js';
import { replayProbes } from './replay-probes.js';
import { healthy, ping, withTargets } from './verdict/evidence-builder.js';

const targets = targetsFromProfile({ internet: { pingTargets: ['203.0.113.10'] } }, 'profile');
const ispLoss = withTargets(healthy(), [ping('203.0.113.10', 1500, 1050, 24), ping('203.0.113.11', 1500, 1050, 26)]);
const now = () => new Date('2026-11-23T19:30:00Z');

describe('runCheck', () => {
  it('reports a healthy home as segment none with exit-worthy detail and a valid report', async () => {
    const r = await runCheck({ targets, lang: 'en', quick: true, os: 'linux', probes: replayProbes(healthy()), now });
    expect(reportSchema.safeParse(r).success).toBe(true);
    expect(r.verdict).toMatchObject({ segment: 'none', headline: 'Your connection looks fine' });
    expect(r.ispCall).toBeUndefined();
    expect(r.probes.map((p) => p.id)).toEqual(ALL_PROBES.map((p) => p.id));
  });

  it.each([
    ['en', 'Your internet provider’s line is losing data', '30 % of packets are lost (900 of 3,000', 'sync rate'],
    ['de', 'Die Leitung Ihres Internetanbieters verliert Daten', 'gehen 30 % der Pakete verloren (900 von 3.000', 'Mit welcher Rate synchronisiert'],
    ['sv', 'Din internetleverantörs linje tappar data', '30 % av paketen (900 av 3 000', 'synkhastighet'],
  ] as const)('writes the ISP call kit in %s citing the measured figures', async (lang, headline, fact, ask) => {
    const r = await runCheck({ targets, lang, quick: true, os: 'linux', probes: replayProbes(ispLoss), now });
    expect(r.verdict.segment).toBe('isp');
    expect(r.verdict.headline).toBe(headline);
    expect(r.ispCall?.checklist.length).toBeGreaterThanOrEqual(5);
    expect(r.ispCall?.script.replace(/\u00a0|\u202f/g, ' ')).toContain(fact);
    expect(r.ispCall?.script).toContain(ask);
    // The router's clean figure is cited against the loss beyond it.
    expect(r.ispCall?.script).toMatch(/0 %/);
    expect(r.findings[0]?.steps.length).toBeGreaterThan(1);
  });

  it('still reports what it saw when a probe crashes', async () => {
    const probes = replayProbes(healthy()).map((p) =>
      p.id === 'dns-public' ? { ...p, run: async () => { throw new Error('boom'); } } : p,
    );
    const r = await runCheck({ targets, lang: 'en', quick: true, os: 'linux', probes, now });
    expect(r.probes.find((p) => p.id === 'dns-public')).toMatchObject({ status: 'error', error: 'boom' });
    expect(r.verdict.segment).toBe('none');
    // Nothing else found a fault, but this is no plain all-clear: the headline and summary say what was not checked.
    expect(r.verdict.headline).toBe('Nothing wrong in what Homeline could check');
    expect(r.verdict.summary).toContain('could not check: dns-public.');
  });

  it.each([
    ['de', 'Kein Fehler in dem, was Homeline prüfen konnte', 'konnte aber nicht prüfen: proxy'],
    ['sv', 'Inga fel i det Homeline kunde kontrollera', 'men kunde inte kontrollera: proxy'],
  ] as const)('qualifies the all-clear in %s when a probe could not run', async (lang, headline, summary) => {
    const probes = replayProbes(healthy()).map((p) => (p.id === 'proxy' ? { ...p, run: async () => { throw new Error('gsettings garbage'); } } : p));
    const r = await runCheck({ targets, lang, quick: true, os: 'linux', probes, now });
    expect(r.verdict).toMatchObject({ segment: 'none', headline });
    expect(r.verdict.summary).toContain(summary);
  });

  it('hands the user’s contract speeds to the probes beside the company’s minimums', async () => {
    const seen: unknown[] = [];
    const probes = replayProbes(healthy()).map((p) =>
      p.id === 'throughput' ? { ...p, run: async (ctx: Parameters<typeof p.run>[0]) => { seen.push(ctx.targets.throughput); return p.run(ctx); } } : p,
    );
    await runCheck({ targets, lang: 'en', quick: false, os: 'linux', probes, now, isp: { contractDownMbps: 2500, contractUpMbps: 500 } });
    expect(seen).toEqual([expect.objectContaining({ contractDownMbps: 2500, contractUpMbps: 500 })]);
  });
});
