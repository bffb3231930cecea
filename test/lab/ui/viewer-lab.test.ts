import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../../diagnostics/bundle/read-bundle.js';
import { assertViewerBuilt, chooseBundle, launchChromium, networkRequests, openViewer, type ViewerPage } from '../../viewer/viewer-driver.js';
import { COMPANY_SCENARIOS } from '../company-scenarios.js';
import { applyFaults } from '../faults.js';
import { inNs } from '../lab-exec.js';
import { LabSession } from '../lab-session.js';
import { companyReadiness } from '../prerequisites.js';
import { cliPath, companyProfilePath, labProfilePath } from '../repo-root.js';
import { assertBuilt } from '../run-check.js';
import { SCENARIOS, type Scenario } from '../scenarios.js';
import { chromiumMissing } from './chromium-in-lab.js';

// The web viewer renders the bundles of every lab scenario: in one home lab for the home scenarios
// and then one company lab for the company ones (a company lab's tunnel and company resolvers
// change what some home faults look like, so each list runs on the lab it was written for), each
// scenario's faults are applied, the real built `homeline check --quick --bundle` runs in the client namespace, the lab
// is restored, and the bundle is opened in the built viewer (file://, Debian's Chromium) through
// its file input. The viewer must show the scenario's expected segment, its finding, and the raw
// outputs, and never request anything.

const lab = await companyReadiness();
const noChromium = chromiumMissing();
const reason = !lab.ok ? lab.reason : noChromium;
if (reason !== null) console.warn(`\n!! THE VIEWER LAB TESTS DID NOT RUN: ${reason}\n`);
if (reason !== null && process.env.CI === 'true') {
  describe('viewer lab prerequisites', () => {
    it('are met under CI', () => {
      expect.fail(`the viewer lab tests cannot run under CI: ${reason}`);
    });
  });
}

/** The two lists, each with the lab and profile it was written for. */
const SUITES = [
  { title: 'home lab', scenarios: SCENARIOS, company: false, profile: labProfilePath },
  { title: 'company lab', scenarios: COMPANY_SCENARIOS, company: true, profile: companyProfilePath },
] as const;

describe.skipIf(reason !== null)('the web viewer shows the bundle of every lab scenario', () => {
  let browser: Browser | undefined;
  let viewer: ViewerPage | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'homeline-viewer-lab-'));

  beforeAll(async () => {
    assertBuilt();
    assertViewerBuilt();
    browser = await launchChromium();
    viewer = await openViewer(browser, 'en');
  }, 120_000);

  afterAll(async () => {
    await viewer?.close();
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Applies the scenario's faults, writes its bundle with the real CLI, restores the lab. */
  async function bundleFor(s: LabSession, scenario: Scenario, profile: string): Promise<Uint8Array> {
    const file = join(dir, `${scenario.name}.homeline`);
    const undo = await applyFaults(s.lab, scenario.faults);
    try {
      const run = await inNs(
        s.lab.ns.client,
        'env',
        [`NODE_EXTRA_CA_CERTS=${s.lab.ca.certPath}`, 'HOMELINE_NO_BUILTIN_TARGETS=1', process.execPath, cliPath(), 'check', '--quick', '--profile', profile, '--bundle', file],
        { allowFail: true, timeoutMs: 90_000 },
      );
      expect(run.code, `${scenario.name}: ${run.stderr}`).toBe(scenario.exitCode);
    } finally {
      await undo().catch(() => undefined);
      await s.restoreHealthy();
    }
    return new Uint8Array(readFileSync(file));
  }

  for (const suite of SUITES) {
    describe(suite.title, () => {
      let session: LabSession | undefined;
      beforeAll(async () => {
        session = await LabSession.open({ company: suite.company });
      }, 240_000);
      afterAll(async () => {
        await session?.close();
      });
      for (const scenario of suite.scenarios) {
        it(`${scenario.name}: shows segment ${scenario.segment}${scenario.findingId ? ` and ${scenario.findingId}` : ''}`, async () => {
          if (!session || !viewer) throw new Error('the lab or the viewer did not start');
          const bytes = await bundleFor(session, scenario, suite.profile());
          const { report, raw } = await readBundle(bytes);
          const { page } = viewer;
          await chooseBundle(page, `${scenario.name}.homeline`, bytes);
          await page.getByTestId('about-file').filter({ hasText: `${scenario.name}.homeline` }).waitFor();
          const verdict = page.getByTestId('verdict');
          await expect(verdict.getAttribute('data-segment'), scenario.name).resolves.toBe(scenario.segment);
          await expect(verdict.locator('h2').textContent()).resolves.toBe(report.verdict.headline);
          if (scenario.findingId !== null) {
            const finding = report.findings.find((f) => f.id === scenario.findingId);
            expect(finding, `${scenario.name}: ${report.findings.map((f) => f.id).join(', ')}`).toBeDefined();
            await expect(page.locator('.evidence summary', { hasText: finding?.title ?? '?' }).count()).resolves.toBe(1);
          } else {
            await expect(page.locator('.evidence summary .tag-problem').count()).resolves.toBe(0);
          }
          // Every verdict rests on some command output (at least the adapters), and each is shown.
          expect(raw.length, scenario.name).toBeGreaterThan(0);
          await expect(page.getByTestId('raw-outputs').locator('details').count()).resolves.toBe(raw.length);
          // Each check joins the lab run's history, so the excerpt ends with this one.
          await expect(page.getByTestId('history').locator('tbody tr').last().getAttribute('data-segment')).resolves.toBe(scenario.segment);
          expect(networkRequests(viewer.requests)).toEqual([]);
          expect(viewer.errors).toEqual([]);
        });
      }
    });
  }
});
