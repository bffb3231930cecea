import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../diagnostics/cli/main.js';
import { openHistory } from '../../diagnostics/history/history-store.js';
import { LabSession } from './lab-session.js';
import { labReadiness } from './prerequisites.js';
import { SCENARIOS } from './scenarios.js';
import { kitTruthProblems } from './kit-truth.js';

// The real `homeline check`, run in the lab's client namespace, records each check in the history
// of its data folder; `homeline isp kit` later rebuilds the call kit from that history alone.
const readiness = await labReadiness();
// lab.test.ts already shouts when the lab cannot run, and fails under CI=true.
describe.skipIf(!readiness.ok)('lab: check history', () => {
  let session: LabSession;
  let home: string;
  const before = process.env.HOMELINE_HOME;
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'homeline-lab-history-'));
    process.env.HOMELINE_HOME = home; // inherited by the check in the namespace
    session = await LabSession.open();
  });
  afterAll(async () => {
    process.env.HOMELINE_HOME = before;
    await session?.close();
  });

  it('records a healthy check and a lossy line, and writes the call kit from them', async () => {
    for (const name of ['healthy', 'isp-loss-10']) {
      const { run } = await session.run(SCENARIOS.find((s) => s.name === name)!);
      expect(run.stderr, name).not.toMatch(/history/i);
      expect(kitTruthProblems(run.report), name).toEqual([]);
    }
    const store = openHistory({ dir: home });
    const checks = store.since(new Date(0));
    store.close();
    expect(checks.map((c) => c.segment)).toEqual(['none', 'isp']);
    expect(checks[1]!.findingIds).toContain('isp.loss');
    expect(checks[1]!.figures.gatewayLossPct).toBe(0);
    expect(checks[1]!.figures.internetLossPct).toBeGreaterThan(3);
    // DNS was measured; whether a single lookup survived 10 % loss is chance, so only that is asserted.
    expect(checks[1]!.figures.dnsOk).not.toBeNull();

    let out = '';
    const code = await main(['isp', 'kit', '--lang', 'en'], { stdout: (s) => (out += s), stderr: () => undefined });
    expect(code).toBe(0);
    expect(out).toMatch(/Beyond the router, [\d.]+ % of packets are lost \(\d+ of [\d,]+, measured on/);
  });
});
