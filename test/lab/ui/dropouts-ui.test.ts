import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openHistory } from '../../../diagnostics/history/history-store.js';
import type { StoredEvent } from '../../../diagnostics/history/monitor-event-rows.js';
import { ispLossReport } from '../../electron/support/reports.js';
import { LabSession } from '../lab-session.js';
import { labReadiness } from '../prerequisites.js';
import { chromiumMissing, launchChromiumIn, type LabBrowser } from './chromium-in-lab.js';
import { assertUiBuilt, startUiServerInLab, type LabUiServer } from './ui-server-in-lab.js';
import { CATALOG, chooseLanguage, openUi, shot, UI_LANGS } from './ui-driver.js';

// The drop-outs page in Debian's Chromium through the browser transport: a history the monitor
// would have written (seeded here: six events of the last week, one with the check taken at that
// moment) is shown as bars and a table, in English, German and Swedish, and works by keyboard; the
// drop-out with a check opens that check's whole report on the page.

const lab = await labReadiness();
const reason = !lab.ok ? lab.reason : chromiumMissing();
if (reason !== null) console.warn(`\n!! THE DROP-OUTS UI TEST DID NOT RUN: ${reason}\n`);
if (reason !== null && process.env.CI === 'true') {
  describe('drop-outs UI prerequisites', () => {
    it('are met under CI', () => {
      expect.fail(`the drop-outs UI test cannot run under CI: ${reason}`);
    });
  });
}

const H = 3_600_000;

/** Six events the monitor could have recorded: four in the last 24 hours, two earlier in the week. */
async function seedHistory(dir: string, now: number): Promise<{ snapshotHeadline: string; snapshotSummary: string; findingTitle: string }> {
  const { raw: _raw, ...snapshot } = await ispLossReport();
  const base = { targets: ['internet-0', 'internet-1'], lossPct: 100, medianRttMs: null, providerHopSilent: false } as const;
  const at = (hoursAgo: number, seconds: number, segment: StoredEvent['segment'], extra: Partial<StoredEvent> = {}): StoredEvent => ({
    ...base, kind: 'dropout', segment, start: now - hoursAgo * H, end: now - hoursAgo * H + seconds * 1000, ...extra,
  });
  const store = openHistory({ dir });
  for (const e of [
    // The check of that moment began as the drop-out did (the fixture report's own date is older).
    at(2.2, 14, 'isp', { snapshot: { ...snapshot, startedAt: new Date(now - 2.2 * H).toISOString() }, providerHopSilent: true }),
    at(2.0, 6, 'isp'),
    at(5.5, 3, 'home'),
    at(9, 22, 'vpn', { targets: ['vpn-internal-0'] }),
    at(50, 8, 'isp'),
    at(100, 40, 'home', { kind: 'bad-spell', lossPct: 18, medianRttMs: 95 }),
  ]) store.addEvent(e);
  store.close();
  return { snapshotHeadline: snapshot.verdict.headline, snapshotSummary: snapshot.verdict.summary, findingTitle: snapshot.findings[0]!.title };
}

const rows = (page: Page): Promise<number> => page.locator('[data-testid="dropouts-table"] tbody tr').count();

describe.skipIf(reason !== null)('the drop-outs page in Chromium', () => {
  let session: LabSession | undefined;
  let server: LabUiServer | undefined;
  let chrome: LabBrowser | undefined;
  let headline = '';
  let summary = '';
  let findingTitle = '';

  beforeAll(async () => {
    assertUiBuilt();
    const home = await mkdtemp(join(tmpdir(), 'homeline-ui-dropouts-'));
    ({ snapshotHeadline: headline, snapshotSummary: summary, findingTitle } = await seedHistory(home, Date.now()));
    session = await LabSession.open();
    server = await startUiServerInLab(session.lab, 30_000, { HOMELINE_HOME: home });
    chrome = await launchChromiumIn(session.lab.ns.client);
  }, 180_000);

  afterAll(async () => {
    await chrome?.close();
    await server?.stop();
    await session?.close();
  });

  for (const lang of UI_LANGS) {
    it(`shows the last 24 hours and the week with bars and a table, ${lang}`, async () => {
      if (!chrome || !server) throw new Error('the lab UI was not started');
      const ui = await openUi(chrome.browser, server.url);
      const { page } = ui;
      const words = CATALOG[lang].dropoutsApp;
      try {
        await chooseLanguage(page, lang);
        await page.locator('nav button[data-page="dropouts"]').click();
        await page.locator('main[data-page="dropouts"] h1').waitFor();
        await expect(page.locator('main h1').textContent()).resolves.toBe(words.title);
        await page.getByTestId('dropouts-table').waitFor();
        // The browser transport runs no monitor, and says so rather than pretending to watch.
        await expect(page.getByTestId('monitor-state').getAttribute('data-status')).resolves.toBe('off');
        // …and with no monitor there is nothing it noted.
        await expect(page.getByTestId('monitor-notes').count()).resolves.toBe(0);
        await expect(rows(page)).resolves.toBe(4);
        // Newest first: the provider drop-out 2 h ago; the one before it carries its check's verdict.
        const table = page.getByTestId('dropouts-table');
        await expect(table.locator('tbody tr').nth(0).textContent()).resolves.toContain(words.segment.isp);
        await expect(table.locator('tbody tr').nth(1).textContent()).resolves.toContain(headline);
        await expect(table.locator('tbody tr').nth(1).textContent()).resolves.toContain(words.hopSilent);
        // The drop-out opens the check of its moment, by keyboard too.
        const snap = table.getByTestId('snapshot');
        await expect(snap.count()).resolves.toBe(1);
        await snap.locator('summary').focus();
        await page.keyboard.press('Enter');
        await expect(snap.getAttribute('open')).resolves.not.toBeNull();
        await expect(snap.locator('p').textContent()).resolves.toBe(summary);
        // …and from there the whole check of that moment: verdict, steps and evidence, as on the Check page.
        const openCheck = snap.getByTestId('snapshot-open');
        await expect(openCheck.textContent()).resolves.toBe(CATALOG[lang].dropoutSnapshot.open);
        await openCheck.focus();
        await page.keyboard.press('Enter');
        const detail = page.getByTestId('snapshot-report');
        await detail.waitFor();
        await expect(openCheck.getAttribute('aria-expanded')).resolves.toBe('true');
        await expect(detail.getByTestId('verdict').getAttribute('data-segment')).resolves.toBe('isp');
        await expect(detail.locator('#verdict-headline').textContent()).resolves.toBe(headline);
        await expect(detail.locator('.steps li').count()).resolves.toBeGreaterThan(0);
        await expect(detail.locator('.evidence').textContent()).resolves.toContain(findingTitle);
        // Focus lands on what was opened, for keyboard and screen-reader users.
        await expect(page.evaluate<string>('document.activeElement.id')).resolves.toBe('snapshot-title');
        await detail.scrollIntoViewIfNeeded();
        await shot(page, `${lang}-dropouts-snapshot`);
        await detail.getByTestId('snapshot-close').focus();
        await page.keyboard.press('Enter');
        await expect(detail.count()).resolves.toBe(0);
        await expect(page.evaluate<string | null>('document.activeElement.getAttribute("data-testid")')).resolves.toBe('snapshot-open');
        await expect(table.textContent()).resolves.toContain(words.segment.vpn);
        // One bar segment per event that began in the last 24 hours (stacked by part).
        await expect(page.locator('[data-testid="dropout-chart"] rect.bar').count()).resolves.toBeGreaterThanOrEqual(3);
        await expect(page.getByTestId('dropout-chart').getAttribute('aria-label')).resolves.toMatch(/\S/);
        await shot(page, `${lang}-dropouts-24h`);

        // The week, chosen with the keyboard: Tab to the switch, Enter.
        const week = page.locator('button[data-days="7"]');
        await week.focus();
        await page.keyboard.press('Enter');
        await expect(week.getAttribute('aria-pressed')).resolves.toBe('true');
        await expect.poll(() => rows(page)).toBe(6);
        await expect(table.textContent()).resolves.toContain(words.kind['bad-spell']);
        await expect(page.locator('[data-testid="dropout-chart"] text.tick').count()).resolves.toBe(7);
        await shot(page, `${lang}-dropouts-7d`);
        expect(ui.errors).toEqual([]);
      } finally {
        await ui.close();
      }
    }, 120_000);
  }

  // The browser transport runs no monitor, so the main process's answer is given the notes a
  // monitor with a broken ping and no provider hop would carry (contract: monitorStateSchema.notes);
  // the page must show them in the user's language, reason included.
  const PING_BROKEN = 'ping is not permitted to run (spawn ping EACCES)';
  for (const lang of UI_LANGS) {
    it(`says what the monitor cannot watch or watches another way, ${lang}`, async () => {
      if (!chrome || !server) throw new Error('the lab UI was not started');
      const ui = await openUi(chrome.browser, server.url);
      const { page } = ui;
      try {
        // In the page itself (the server listens inside the lab's namespace, out of the test's reach):
        // the main process's real answer, with the notes added to its state.
        // (A script string: this file is compiled without the DOM's types.)
        const added = [{ id: 'no-provider-hop' }, { id: 'ping-unusable', reason: PING_BROKEN }];
        await page.addInitScript(`(() => {
          const notes = ${JSON.stringify(added)};
          const original = window.fetch.bind(window);
          window.fetch = async (input, init) => {
            const res = await original(input, init);
            if (!String(input instanceof Request ? input.url : input).endsWith('/api/invoke/monitor.timeline')) return res;
            const body = await res.json();
            if (body.ok && body.value && body.value.available && body.value.state) body.value.state.notes = notes;
            return new Response(JSON.stringify(body), { status: res.status, headers: res.headers });
          };
        })();`);
        await page.reload();
        await page.getByTestId('status-pill').waitFor();
        await chooseLanguage(page, lang);
        await page.locator('nav button[data-page="dropouts"]').click();
        const notes = page.getByTestId('monitor-notes');
        await notes.waitFor();
        const items = await notes.locator('li').allTextContents();
        expect(items).toEqual([CATALOG[lang].monitor.note['no-provider-hop'], CATALOG[lang].monitorPing.unusable.replace('{{reason}}', PING_BROKEN)]);
        await notes.scrollIntoViewIfNeeded();
        await shot(page, `${lang}-dropouts-notes`);
        expect(ui.errors).toEqual([]);
      } finally {
        await ui.close();
      }
    }, 120_000);
  }
});
