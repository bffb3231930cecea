import { expect, it } from 'vitest';
import { reportDigest } from './lab-report.js';
import { describeLab } from './describe-lab.js';
import { labReadiness } from './prerequisites.js';
import { throughputProfilePath } from './repo-root.js';
import { LAB_MINIMUMS, THROUGHPUT_SCENARIOS, toleranceFor } from './throughput-scenarios.js';
import { rateError, readThroughput } from './throughput-reading.js';
import { kitTruthProblems } from './kit-truth.js';

// Shaped access lines (tbf) against the real, built `homeline check` with the throughput profile:
// the measured rates must be within ±10 % of the shaped ones both ways, latency under load must
// be graded as the queue warrants, and the verdict must follow (slow line, bufferbloat: isp).

describeLab('throughput lab', await labReadiness(), (session) => {
  for (const scenario of THROUGHPUT_SCENARIOS) {
    it(`${scenario.name}: ${scenario.story}`, async () => {
      const { run } = await session().run(scenario, { profile: throughputProfilePath(), timeoutMs: 90_000 });
      const r = readThroughput(run.report);
      const context = `${scenario.name}: ${reportDigest(run.report)} ${JSON.stringify(r)}`;
      console.info(`${scenario.name}: shaped ${scenario.shape.downMbit}/${scenario.shape.upMbit}, measured ${String(r.downMbps)}/${String(r.upMbps)} Mbit/s, +${String(r.increaseMs)} ms (${String(r.grade)})`);
      // The measurement itself ran cleanly: no refused, failed or starved transfer.
      expect(r.errors, context).toBe('ok');
      expect(run.report.verdict.segment, context).toBe(scenario.segment);
      expect(kitTruthProblems(run.report), context).toEqual([]);
      expect(run.exitCode, context).toBe(scenario.exitCode);
      const ids = run.report.findings.map((f) => f.id);
      if (scenario.findingId === null) expect(run.report.findings.filter((f) => f.severity === 'problem').map((f) => f.id), context).toEqual([]);
      else expect(ids, context).toContain(scenario.findingId);

      const down = rateError(r.downMbps, scenario.shape.downMbit);
      const up = rateError(r.upMbps, scenario.shape.upMbit);
      expect(down, `download ${String(r.downMbps)} vs ${scenario.shape.downMbit} Mbit/s — ${context}`).not.toBeNull();
      expect(up, `upload ${String(r.upMbps)} vs ${scenario.shape.upMbit} Mbit/s — ${context}`).not.toBeNull();
      expect(Math.abs(down!), `download ${String(r.downMbps)} vs ${scenario.shape.downMbit} Mbit/s`).toBeLessThanOrEqual(toleranceFor(scenario.shape.downMbit));
      expect(Math.abs(up!), `upload ${String(r.upMbps)} vs ${scenario.shape.upMbit} Mbit/s`).toBeLessThanOrEqual(toleranceFor(scenario.shape.upMbit));
      expect(scenario.grades, context).toContain(r.grade);

      // A slow line's findings cite the measured figure and the minimum.
      if (scenario.shape.downMbit < LAB_MINIMUMS.downMbps) {
        const slow = run.report.findings.find((f) => f.id === 'isp.slow-download') as { evidence?: string[] } | undefined;
        const text = (slow?.evidence ?? []).join(' ');
        expect(text, context).toContain(`${LAB_MINIMUMS.downMbps} Mbit/s`);
        expect(text, context).toMatch(/measured at \d+(\.\d)? Mbit\/s/);
      }
      if (scenario.shape.upMbit < LAB_MINIMUMS.upMbps) expect(ids, context).toContain('isp.slow-upload');
    });
  }
});
