import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../lab/repo-root.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../lab/ui/chromium-in-lab.js';
import type { UiLangCode } from '../lab/ui/ui-driver.js';

// The built web viewer in Debian's Chromium, opened from file:// as a help desk would open the
// mailed HTML file: load bundles through its file input, read what it shows, and record every
// request the page makes (only file:, data: and blob: may appear).

/** The one file `npm run viewer:build` writes. */
export function viewerFile(): string {
  return join(repoRoot(), 'dist', 'viewer', 'homeline-viewer.html');
}

/** Throws unless the viewer was built, naming the command that builds it. */
export function assertViewerBuilt(): void {
  if (!existsSync(viewerFile())) throw new Error(`${viewerFile()} is missing: run npm run viewer:build (npm run build does it too)`);
}

/** Chromium on this machine's own network (the viewer makes no request, which the tests assert). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS], timeout: 60_000 });
}

/** An open viewer page, what it requested and what it logged as errors. */
export interface ViewerPage {
  readonly page: Page;
  readonly requests: string[];
  readonly errors: string[];
  close(): Promise<void>;
}

/** Opens the built viewer from file:// with the browser set to `lang`. */
export async function openViewer(browser: Browser, lang: UiLangCode, url = pathToFileURL(viewerFile()).href): Promise<ViewerPage> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, locale: lang });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  await page.getByTestId('bundle-input').waitFor({ state: 'attached' });
  return { page, requests, errors, close: () => context.close() };
}

/** Loads bundle bytes through the file input, as if the user chose the file. */
export async function chooseBundle(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.getByTestId('bundle-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await page.locator('[data-testid="bundle-view"], [data-testid="bundle-error"]').first().waitFor({ timeout: 15_000 });
}

/** Requests that left the page for anything but the file itself or in-page data (none may). */
export function networkRequests(requests: readonly string[]): string[] {
  return requests.filter((u) => !/^(file|data|blob):/.test(u));
}
