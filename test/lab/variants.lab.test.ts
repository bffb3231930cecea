import { afterAll, beforeAll, describe, it } from 'vitest';
import { announceReadiness } from './announce-readiness.js';
import { LabSession } from './lab-session.js';
import { companyReadiness, labReadiness } from './prerequisites.js';
import { assertBuilt } from './run-check.js';
import { expectScenario } from './scenario-assertions.js';
import { COMPANY_VARIANTS, HOME_VARIANTS, type VariantScenario } from './variant-scenarios.js';

// The variants of issue #14's classes (variant-scenarios.ts) against the real, built CLI: one
// home lab session for the home variants, one company lab session for the VPN ones. Same
// assertions as lab.test.ts: the segment, the exit code, the key finding, no problem finding on a
// healthy network, loss figures within tolerance, and the call kits true in en/de/sv.

const home = await labReadiness();
announceReadiness('network fault lab (variants)', home);
const company = await companyReadiness();
announceReadiness('company network lab (variants)', company);

async function runVariant(session: LabSession | undefined, scenario: VariantScenario): Promise<void> {
  if (session === undefined) throw new Error('the lab was not built');
  const { run } = await session.run(scenario, { quick: scenario.quick, ...(scenario.profile === undefined ? {} : { profile: scenario.profile }) });
  expectScenario(scenario, run);
}

describe.skipIf(!home.ok)('network fault lab: variants of the unusual networks', () => {
  let session: LabSession | undefined;
  beforeAll(async () => {
    assertBuilt();
    session = await LabSession.open();
  });
  afterAll(async () => {
    await session?.close();
  });
  for (const scenario of HOME_VARIANTS) {
    it(`${scenario.name}: ${scenario.story}`, () => runVariant(session, scenario));
  }
});

describe.skipIf(!company.ok)('company network lab: variants of the VPN resolver', () => {
  let session: LabSession | undefined;
  beforeAll(async () => {
    assertBuilt();
    session = await LabSession.open({ company: true });
  });
  afterAll(async () => {
    await session?.close();
  });
  for (const scenario of COMPANY_VARIANTS) {
    it(`${scenario.name}: ${scenario.story}`, () => runVariant(session, scenario));
  }
});
