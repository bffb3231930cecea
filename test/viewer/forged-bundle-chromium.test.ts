import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../diagnostics/cli/main.js';
import { en } from '../../diagnostics/i18n/catalog-en.js';
import type { Report } from '../../diagnostics/schema/report.js';
import { startUiServer, type UiServer } from '../../electron/browser/ui-server.js';
import { createAppCore } from '../../electron/engine/app-core.js';
import { emptyReport } from '../diagnostics/bundle/bundle-test-kit.js';
import { repoRoot } from '../lab/repo-root.js';
import { chromiumMissing } from '../lab/ui/chromium-in-lab.js';
import { healthyReport } from '../electron/support/reports.js';
import { forgedHtmlBundle, sharedStreamBundle } from '../support/hostile-zip.js';
import { CATALOG } from '../lab/ui/ui-driver.js';
import { assertViewerBuilt, chooseBundle, launchChromium, networkRequests, openViewer } from './viewer-driver.js';

// A bundle from a stranger whose report.html was replaced together with its manifest hash (the
// manifest is not signed, so this passes every check) and whose report.json carries markup in
// its values. Shown by Homeline in every way (view --html, the web viewer, the app's "Open a
// report"), it runs no script and makes no request; and a 5,000-character value wraps instead of
// widening the page. Requests go to loopback port 9 (nothing listens there): the test only needs
// to see whether the browser tried.

const noChromium = chromiumMissing();
if (noChromium !== null) console.warn(`\n!! THE FORGED-BUNDLE BROWSER TESTS DID NOT RUN: ${noChromium}\n`);
if (noChromium !== null && process.env.CI === 'true') {
  describe('forged-bundle browser test prerequisites', () => {
    it('are met under CI', () => {
      expect.fail(`the forged-bundle tests cannot run under CI: ${noChromium}`);
    });
  });
}

const LEAK = 'http://127.0.0.1:9';
/** What the forger wrote as report.html: script before any CSP, an image, a frame, a refresh. */
const FORGED_HTML = `<!DOCTYPE html><html><head><script>document.title='PWNED';fetch('${LEAK}/script')</script>
<meta http-equiv="refresh" content="0;url=${LEAK}/refresh"></head><body><p id="forged">FORGED</p>
<img src="${LEAK}/img.png"><iframe src="${LEAK}/frame"></iframe></body></html>`;
const MARKUP = `<img src="${LEAK}/value.png" onerror="document.title='PWNED'">`;
const LONG = `Familjen-${'x'.repeat(5000)}`;

const hostileReport = (): Report =>
  emptyReport({
    verdict: { segment: 'isp', headline: `Loss beyond ${MARKUP}`, summary: `The provider. <script>document.title='PWNED'</script>` },
    findings: [{ id: 'isp.loss', segment: 'isp', severity: 'problem', title: MARKUP, evidence: [`Wi-Fi network ${LONG}`], steps: [`Call about ${LONG}`] }],
  });

/** Whether the page ran anything the forger wrote, and what it asked the network for. */
async function leaks(page: Page, requests: readonly string[]): Promise<{ title: string; leaked: string[]; forgedShown: boolean }> {
  return {
    title: await page.title(),
    leaked: requests.filter((u) => u.startsWith(LEAK)),
    forgedShown: (await page.locator('#forged').count()) > 0,
  };
}

/** How much wider than the window the page is (0 when a long value wraps). */
const overflow = (page: Page): Promise<number> => page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth') as Promise<number>;

// Browser steps on a loaded 2-core machine take several seconds each (the shared-stream case took
// 6 s in a run beside others): the default 5 s would fail on load, not on a fault.
describe.skipIf(noChromium !== null)('a bundle with a replaced report.html and manifest, shown by Homeline', { timeout: 60_000 }, () => {
  let browser: Browser | undefined;
  let dir = '';
  let bundle: Uint8Array = new Uint8Array();
  beforeAll(async () => {
    assertViewerBuilt();
    dir = mkdtempSync(join(tmpdir(), 'forged-bundle-'));
    bundle = await forgedHtmlBundle(hostileReport(), FORGED_HTML);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const chrome = (): Browser => {
    if (!browser) throw new Error('Chromium did not start');
    return browser;
  };

  /** Opens a file:// page in a fresh context, recording its requests. */
  async function openFile(path: string): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
    const context = await chrome().newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(path).href);
    await page.waitForTimeout(500);
    return { page, requests, close: () => context.close() };
  }

  it('control: the forged report.html itself, opened directly, does run and call out (so the checks below can see it)', async () => {
    const raw = join(dir, 'forged.html');
    writeFileSync(raw, FORGED_HTML);
    const opened = await openFile(raw);
    try {
      const seen = await leaks(opened.page, opened.requests);
      expect(seen.leaked.length).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });

  it('view --html writes Homeline’s own rendering: no script, no request, the value wraps', async () => {
    const file = join(dir, 'user.homeline');
    writeFileSync(file, bundle);
    const out = join(dir, 'view.html');
    const io = { stdout: () => undefined, stderr: (s: string) => void expect.fail(s) };
    expect(await main(['view', file, '--html', out, '--lang', 'en'], io)).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain('FORGED');
    const opened = await openFile(out);
    try {
      expect(await leaks(opened.page, opened.requests)).toEqual({ title: en.bundle.html.title, leaked: [], forgedShown: false });
      expect(networkRequests(opened.requests)).toEqual([]);
      await expect(opened.page.locator('body').textContent()).resolves.toContain(MARKUP);
      expect(await overflow(opened.page)).toBeLessThanOrEqual(0);
    } finally {
      await opened.close();
    }
  });

  it('the web viewer reads it in a worker and shows the report as text: no script, no request, the value wraps', async () => {
    const viewer = await openViewer(chrome(), 'en');
    const workers: string[] = [];
    viewer.page.on('worker', (w) => workers.push(w.url()));
    try {
      await chooseBundle(viewer.page, 'user.homeline', bundle);
      await viewer.page.getByTestId('bundle-view').waitFor();
      expect(workers.length).toBe(1);
      expect(workers[0]).toMatch(/^blob:/);
      await expect(viewer.page.getByTestId('bundle-view').textContent()).resolves.toContain(MARKUP);
      const seen = await leaks(viewer.page, viewer.requests);
      expect(seen.leaked).toEqual([]);
      expect(seen.title).not.toBe('PWNED');
      expect(seen.forgedShown).toBe(false);
      expect(networkRequests(viewer.requests)).toEqual([]);
      expect(await overflow(viewer.page)).toBeLessThanOrEqual(0);
      expect(viewer.errors).toEqual([]);
    } finally {
      await viewer.close();
    }
  });

  it('the app’s “Open a report” page shows the report as text: no script, no request but to the app, the value wraps', async () => {
    const core = createAppCore({ engine: () => healthyReport(), systemLang: 'en', transport: 'browser', openExternal: () => Promise.resolve(false) });
    const server: UiServer = await startUiServer({ handlers: core.handlers, subscribe: core.hub.subscribe, staticDir: join(repoRoot(), 'dist', 'ui'), host: '127.0.0.1', port: 0 });
    const context = await chrome().newContext({ viewport: { width: 1000, height: 800 } });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url);
      await page.locator('nav button[data-page="bundle"]').click();
      await page.getByTestId('bundle-file').setInputFiles({ name: 'user.homeline', mimeType: 'application/zip', buffer: Buffer.from(bundle) });
      const shown = page.getByTestId('bundle-report');
      await expect(shown.getByTestId('verdict').getAttribute('data-segment')).resolves.toBe('isp');
      await expect(shown.textContent()).resolves.toContain(MARKUP);
      await page.waitForTimeout(300);
      const seen = await leaks(page, requests);
      expect(seen.leaked).toEqual([]);
      expect(seen.title).not.toBe('PWNED');
      expect(seen.forgedShown).toBe(false);
      const origin = new URL(server.url).origin;
      expect(requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u))).toEqual([]);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('the web viewer refuses entries sharing one stream with the catalog’s sentence, the page answering meanwhile', async () => {
    const viewer = await openViewer(chrome(), 'de');
    try {
      const crafted = await sharedStreamBundle(emptyReport(), 200, 50 * 1024 * 1024);
      await viewer.page.getByTestId('bundle-input').setInputFiles({ name: 'crafted.homeline', mimeType: 'application/octet-stream', buffer: Buffer.from(crafted) });
      // The page's own thread is free while the worker reads: a script on it runs at once.
      await expect(viewer.page.evaluate('1 + 1')).resolves.toBe(2);
      const alert = viewer.page.getByTestId('bundle-error');
      await alert.waitFor({ timeout: 15_000 });
      const expected = CATALOG.de.bundle.error['overlapping-entries'].replace('{{file}}', 'crafted.homeline').split('{{')[0] ?? '';
      await expect(alert.textContent()).resolves.toContain(expected);
      await expect(viewer.page.getByTestId('bundle-view').count()).resolves.toBe(0);
      expect(networkRequests(viewer.requests)).toEqual([]);
    } finally {
      await viewer.close();
    }
  });

  it('the viewer’s CSP allows a blob: worker and nothing more', () => {
    const html = readFileSync(join(repoRoot(), 'dist', 'viewer', 'homeline-viewer.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain('worker-src blob:;');
    expect(csp).toContain("connect-src 'none'");
  });
});
