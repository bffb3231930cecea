import { it } from 'vitest';
import { describeLab } from './describe-lab.js';
import { labReadiness } from './prerequisites.js';
import { SCENARIOS } from './scenarios.js';
import { expectScenario } from './scenario-assertions.js';

// Every scenario of scenarios.ts against the real, built `homeline check`, run inside the lab's
// client namespace. One lab serves all scenarios; LabSession checks (and if needed resets or
// rebuilds) it between them, so a scenario never sees the previous one's fault.

describeLab('network fault lab', await labReadiness(), (session) => {
  for (const scenario of SCENARIOS) {
    it(`${scenario.name}: ${scenario.story}`, async () => {
      const { run } = await session().run(scenario);
      expectScenario(scenario, run);
    });
  }
});
