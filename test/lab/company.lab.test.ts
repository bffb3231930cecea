import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPANY_SCENARIOS } from './company-scenarios.js';
import { announceReadiness } from './announce-readiness.js';
import { reportDigest } from './lab-report.js';
import { LabSession } from './lab-session.js';
import { companyReadiness } from './prerequisites.js';
import { assertBuilt } from './run-check.js';
import { kitTruthProblems } from './kit-truth.js';

// Every company scenario against the real, built `homeline check --profile profiles/company.json`,
// run in the client namespace of a company lab: the home lab plus an OpenVPN tunnel to a company
// network with its own DNS, intranet, Citrix StoreFront and ICA/CGP listeners. Same rules as
// lab.test.ts: without the prerequisites a loud warning and a skip, under CI=true a failure.

const readiness = await companyReadiness();
announceReadiness('company network lab', readiness);

describe.skipIf(!readiness.ok)('company network lab', () => {
  let session: LabSession | undefined;

  beforeAll(async () => {
    assertBuilt();
    session = await LabSession.open({ company: true });
  });

  afterAll(async () => {
    await session?.close();
  });

  for (const scenario of COMPANY_SCENARIOS) {
    it(`${scenario.name}: ${scenario.story}`, async () => {
      if (session === undefined) throw new Error('the company lab was not built');
      const { run } = await session.run(scenario);
      const context = `${scenario.name}: ${reportDigest(run.report)}\nreport: ${JSON.stringify(run.report)}`;
      expect(run.report.verdict.segment, context).toBe(scenario.segment);
      expect(kitTruthProblems(run.report), context).toEqual([]);
      expect(run.exitCode, context).toBe(scenario.exitCode);
      if (scenario.findingId === null) {
        expect(run.report.findings.filter((f) => f.severity === 'problem').map((f) => f.id), context).toEqual([]);
      } else {
        expect(run.report.findings.map((f) => f.id), context).toContain(scenario.findingId);
      }
    });
  }
});
