import { afterAll, beforeAll, describe, it } from 'vitest';
import { announceReadiness } from './announce-readiness.js';
import { LabSession } from './lab-session.js';
import { labReadiness } from './prerequisites.js';
import { assertBuilt } from './run-check.js';
import { SCENARIOS } from './scenarios.js';
import { expectScenario } from './scenario-assertions.js';

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
      expectScenario(scenario, run);
    });
  }
});
