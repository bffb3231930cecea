import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { translator } from '../../diagnostics/i18n/translator.js';
import { mediaLines } from '../../diagnostics/report/media-summary.js';
import type { Report } from '../../diagnostics/schema/report.js';
import { chromiumMissing } from '../lab/ui/chromium-in-lab.js';
import { CATALOG, shot, UI_LANGS } from '../lab/ui/ui-driver.js';
import { bundleOf } from '../support/generated-bundle.js';
import { planCheck, reportFor } from '../support/generated-check.js';
import { assertViewerBuilt, chooseBundle, launchChromium, networkRequests, openViewer } from './viewer-driver.js';

// A bundle whose report carries the real-time probes (figures written for this test, in the
// shapes media-path and citrix-edt report) shows the call grade, the mapped address and Citrix
// EDT in the built web viewer, in every language. Skipped with the other viewer tests without Chromium.

const noChromium = chromiumMissing();

function withRealtime(report: Report): Report {
  return {
    ...report,
    probes: [
      ...report.probes,
      {
        id: 'media-path',
        status: 'warn',
        durationMs: 5100,
        data: {
          servers: [
            { host: '203.0.113.78', port: 3478, mapped: { family: 'IPv4', address: '198.51.100.2', port: 40000 } },
            { host: '203.0.113.79', port: 3478, mapped: { family: 'IPv4', address: '198.51.100.2', port: 40000 } },
          ],
          pooled: { sent: 400, received: 380, lossPct: 5, rttAvgMs: 24.5, jitterMs: 3.2 },
          grade: 'poor',
          udp: 'works',
          nat: 'present',
          mapping: 'endpoint-independent',
          localAddress: '192.168.1.20',
          natBehaviour: { server: '203.0.113.78:3478', supported: true, otherAddress: null, mapping: 'endpoint-independent', filtering: 'address-and-port-dependent', mapped: [] },
        },
      },
      // The router's own WAN address (NAT-PMP) differs from the mapped one: another NAT beyond it.
      { id: 'router-wan', status: 'ok', durationMs: 40, data: { router: '192.168.1.1', natPmp: { state: 'answered' }, wanAddress: '198.51.100.7' } },
      { id: 'citrix-edt', status: 'warn', durationMs: 3000, data: { host: 'gateway.corp.example', edt: 'blocked' } },
    ],
  };
}

describe.skipIf(noChromium !== null)('real-time results in the web viewer', () => {
  let browser: Browser | undefined;
  beforeAll(async () => {
    assertViewerBuilt();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of UI_LANGS) {
    it(`${lang}: lists the call grade with its figures, the mapped address and EDT`, async () => {
      if (!browser) throw new Error('Chromium did not start');
      const report = withRealtime(reportFor(planCheck(0)));
      const viewer = await openViewer(browser, lang);
      try {
        const { page } = viewer;
        await chooseBundle(page, 'realtime.homeline', await bundleOf(report));
        const box = page.getByTestId('realtime');
        await expect(box.locator('h3').textContent()).resolves.toBe(CATALOG[lang].media.heading);
        const items = await box.locator('li').allTextContents();
        // The same lines the CLI prints, in the page's language.
        expect(items).toEqual(mediaLines(report, translator(lang)));
        expect(items.join(' ')).toContain('5 %');
        expect(items.join(' ')).toContain('198.51.100.2:40000');
        expect(items.join(' ')).toContain('gateway.corp.example');
        expect(items.join(' ')).toContain(translator(lang).t('mediaWan.kind.address-and-port-dependent'));
        expect(items).toContain(translator(lang).t('mediaWan.differs', { wan: '198.51.100.7', mapped: '198.51.100.2' }));
        await shot(page, `${lang}-viewer-realtime`);
        expect(networkRequests(viewer.requests)).toEqual([]);
        expect(viewer.errors).toEqual([]);
      } finally {
        await viewer.close();
      }
    }, 30_000);
  }
});
