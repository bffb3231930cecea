import { it } from 'vitest';
import { describeLab } from './describe-lab.js';
import type { LabSession } from './lab-session.js';
import { companyReadiness, labReadiness } from './prerequisites.js';
import { expectScenario } from './scenario-assertions.js';
import { COMPANY_VARIANTS, HOME_VARIANTS, type VariantScenario } from './variant-scenarios.js';

// The variants of issue #14's classes (variant-scenarios.ts) against the real, built CLI: one
// home lab session for the home variants, one company lab session for the VPN ones. Same
// assertions as lab.test.ts: the segment, the exit code, the key finding, no problem finding on a
// healthy network, loss figures within tolerance, and the call kits true in en/de/sv.

async function runVariant(session: LabSession, scenario: VariantScenario): Promise<void> {
  const { run } = await session.run(scenario, { quick: scenario.quick, ...(scenario.profile === undefined ? {} : { profile: scenario.profile }) });
  expectScenario(scenario, run);
}

describeLab('network fault lab: variants of the unusual networks', await labReadiness(), (session) => {
  for (const scenario of HOME_VARIANTS) {
    it(`${scenario.name}: ${scenario.story}`, () => runVariant(session(), scenario));
  }
});

describeLab(
  'company network lab: variants of the VPN resolver',
  await companyReadiness(),
  (session) => {
    for (const scenario of COMPANY_VARIANTS) {
      it(`${scenario.name}: ${scenario.story}`, () => runVariant(session(), scenario));
    }
  },
  { company: true },
);
