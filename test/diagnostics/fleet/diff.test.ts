import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffChecks, diffIsEmpty, isMove, type CheckDiff } from '../../../diagnostics/fleet/diff.js';
import { checkFigures } from '../../../diagnostics/fleet/figures.js';
import { formatDiff } from '../../../diagnostics/fleet/format-diff.js';
import { parseCheck, type LoadedCheck } from '../../../diagnostics/fleet/load-check.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import type { Report } from '../../../diagnostics/schema/report.js';
import { bundleOf } from '../../support/generated-bundle.js';
import { planCheck, reportFor, type CheckPlan } from '../../support/generated-check.js';

/** A generated check with some figures and findings replaced, read back through a real bundle. */
async function check(index: number, change: (p: CheckPlan) => CheckPlan = (p) => p): Promise<LoadedCheck> {
  return parseCheck(await bundleOf(reportFor(change(planCheck(index)))), `check-${index}.homeline`);
}
const withFigures = (figures: Partial<CheckPlan['figures']>) => (p: CheckPlan): CheckPlan => ({ ...p, figures: { ...p.figures, ...figures } });

// Check 4 is an ISP problem (index mod 8 = 4) with a throughput test (even index).
const ISP = 4;

describe('diffChecks', () => {
  it('finds nothing between a check and itself', async () => {
    const d = diffChecks(await check(ISP), await check(ISP));
    expect(diffIsEmpty(d)).toBe(true);
    expect(d.movedFigures).toEqual([]);
    expect(d.steadyFigures).toContain('internetLossPct');
  });

  it('reports the verdict change and the findings that came and went', async () => {
    // Check 0: nothing wrong (plus the proxy/power warning every fifth check has); check 4: the ISP.
    const before = await check(0);
    const after = await check(ISP);
    const d = diffChecks(before, after);
    expect(d.verdictChanged).toBe(true);
    expect([d.before.segment, d.after.segment]).toEqual(['none', 'isp']);
    expect(d.newFindings.map((f) => f.id)).toEqual(planCheck(ISP).findings.map((f) => f.id));
    expect(d.goneFindings.map((f) => f.id)).toEqual(['device.power-saving']);
  });

  it('reports a severity change of the same finding', async () => {
    const warn = (p: CheckPlan): CheckPlan => ({ ...p, findings: p.findings.map((f) => ({ ...f, severity: 'warning' as const })) });
    const d = diffChecks(await check(ISP, warn), await check(ISP));
    expect(d.severityChanged).toEqual([{ id: planCheck(ISP).findings[0]?.id, title: expect.any(String), before: 'warning', after: 'problem' }]);
  });

  it('reports figures that moved beyond noise, with the direction that matters to the user', async () => {
    const before = await check(ISP, withFigures({ internetLossPct: 20, internetRttMs: 60, dnsMs: 30, downloadMbps: 10, wifiSignalDbm: -60 }));
    const after = await check(ISP, withFigures({ internetLossPct: 0, internetRttMs: 120, dnsMs: 35, downloadMbps: 80, wifiSignalDbm: -62 }));
    const d = diffChecks(before, after);
    const moved = Object.fromEntries(d.movedFigures.map((m) => [m.name, [m.before, m.after, m.change]]));
    // The generator's jitter is 12 % of the round trip, so it doubles with it.
    expect(moved).toEqual({ internetLossPct: [20, 0, 'better'], internetRttMs: [60, 120, 'worse'], jitterMs: [7.2, 14.4, 'worse'], downloadMbps: [10, 80, 'better'] });
    // 5 ms more on a 30 ms lookup, and 2 dB of signal, are noise.
    expect(d.steadyFigures).toEqual(expect.arrayContaining(['dnsMs', 'wifiSignalDbm']));
  });

  it('tells throughput figures that only one check measured apart from a change', async () => {
    const d = diffChecks(await check(ISP), await check(ISP + 1)); // odd index: no throughput test
    expect(d.onlyBefore).toEqual(['downloadMbps', 'uploadMbps', 'loadIncreaseMs']);
    expect(d.movedFigures.map((m) => m.name)).not.toContain('downloadMbps');
  });
});

describe('diffChecks properties', () => {
  it('is empty between a check and itself, and mirrored when the two are swapped', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(2000), fc.nat(2000), async (i, j) => {
        const [a, b] = [await check(i), await check(j)];
        expect(diffIsEmpty(diffChecks(a, a))).toBe(true);
        const ab = diffChecks(a, b);
        const ba = diffChecks(b, a);
        expect(ba.newFindings).toEqual(ab.goneFindings);
        expect(ba.goneFindings).toEqual(ab.newFindings);
        expect(ba.onlyBefore).toEqual(ab.onlyAfter);
        expect(ba.movedFigures.map((m) => [m.name, m.change === 'better' ? 'worse' : 'better'])).toEqual(ab.movedFigures.map((m) => [m.name, m.change]));
      }),
      { numRuns: 60 },
    );
  });
});

describe('isMove thresholds', () => {
  it('ignores small and relative-small changes, and loss whose intervals overlap', () => {
    expect(isMove('internetRttMs', 20, 26)).toBe(false); // under 10 ms
    expect(isMove('internetRttMs', 100, 115)).toBe(false); // 15 % of 100
    expect(isMove('internetRttMs', 20, 40)).toBe(true);
    expect(isMove('internetLossPct', 1, 3, { before: [0.2, 5.4], after: [1, 8.5] })).toBe(false);
    expect(isMove('internetLossPct', 1, 12, { before: [0.2, 5.4], after: [7, 19] })).toBe(true);
    expect(isMove('internetLossPct', 1, 12)).toBe(true);
  });
});

describe('formatDiff', () => {
  let d: CheckDiff;
  beforeAll(async () => {
    d = diffChecks(await check(0), await check(ISP, withFigures({ internetRttMs: 150 })));
  });
  it.each(['en', 'de', 'sv'] as const)('tells the change in %s, naming the owners and figures', (lang) => {
    const t = translator(lang);
    const text = formatDiff(d, t);
    expect(text).toContain(t.t('fleet.diff.verdictChanged', { before: t.t('segment.none'), after: t.t('segment.isp') }));
    expect(text).toContain(t.t('fleet.diff.newFindings'));
    expect(text).toContain(t.t('fleet.figure.internetRttMs'));
    expect(text).not.toMatch(/\{\{|undefined|NaN/);
  });

  it('says when nothing changed', async () => {
    const t = translator('en');
    expect(formatDiff(diffChecks(await check(ISP), await check(ISP)), t)).toContain('Nothing changed beyond measurement noise.');
  });
});

describe('parseCheck', () => {
  it('reads a plain report the same as the bundle that carries it', async () => {
    const report: Report = reportFor(planCheck(2)); // a Wi-Fi check: the network has a name
    const plain = await parseCheck(new TextEncoder().encode(JSON.stringify(report)), 'r.json');
    const bundled = await parseCheck(await bundleOf(report), 'r.homeline');
    // The bundle is redacted (the SSID is hashed); what the fleet tools read from it is the same.
    expect(bundled.report.probes.find((x) => x.id === 'wifi')?.data).not.toEqual(plain.report.probes.find((x) => x.id === 'wifi')?.data);
    expect([bundled.report.verdict, bundled.report.findings, checkFigures(bundled.report)]).toEqual([plain.report.verdict, plain.report.findings, checkFigures(plain.report)]);
    expect([plain.meta.source, bundled.meta.source]).toEqual(['report', 'bundle']);
    expect(bundled.meta.appVersion).toBe('0.1.0');
  });
});
