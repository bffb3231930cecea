import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFalseAlarm, judge } from './judge.js';
import { announceReadiness } from './announce-readiness.js';
import { reportDigest } from './lab-report.js';
import { LabSession } from './lab-session.js';
import { labReadiness } from './prerequisites.js';
import { assertBuilt } from './run-check.js';
import { LOSS_TOLERANCE_PP, SCENARIOS } from './scenarios.js';
import { kitTruthProblems } from './kit-truth.js';

// Every scenario of scenarios.ts against the real, built `homeline check`, run inside the lab's
// client namespace. One lab serves all scenarios; LabSession checks (and if needed resets or
// rebuilds) it between them, so a scenario never sees the previous one's fault.

const readiness = await labReadiness();
announceReadiness('network fault lab', readiness);

describe.skipIf(!readiness.ok)('network fault lab', () => {
  let session: LabSession | undefined;

  beforeAll(async () => {
    assertBuilt();
    session = await LabSession.open();
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: ${scenario.story}`, async () => {
      if (session === undefined) throw new Error('the lab was not built');
      const { run } = await session.run(scenario);
      const judged = judge(scenario, run);
      const context = `${scenario.name}: ${reportDigest(run.report)}\nreport: ${JSON.stringify(run.report)}`;
      expect(run.report.verdict.segment, context).toBe(scenario.segment);
      expect(run.exitCode, context).toBe(scenario.exitCode);
      expect(kitTruthProblems(run.report), context).toEqual([]);
      if (scenario.segment === 'none') {
        // Healthy, unusual or not: no problem finding, and not a false alarm for the benchmark's count.
        expect(run.report.findings.filter((f) => f.severity === 'problem').map((f) => f.id), context).toEqual([]);
        expect(isFalseAlarm(scenario, run.report), context).toBe(false);
      }
      if (scenario.findingId !== null) expect(run.report.findings.map((f) => f.id), context).toContain(scenario.findingId);
      if (scenario.loss !== undefined) {
        expect(judged.measuredLossPct, `${context}\nno loss figure at ${scenario.loss.readAt.probe}.${scenario.loss.readAt.path.join('.')}`).not.toBeNull();
        expect(
          Math.abs((judged.measuredLossPct ?? Number.NaN) - scenario.loss.injectedPct),
          `${scenario.name}: measured ${String(judged.measuredLossPct)} % vs injected ${scenario.loss.injectedPct} %`,
        ).toBeLessThanOrEqual(LOSS_TOLERANCE_PP);
      }
    });
  }
});
