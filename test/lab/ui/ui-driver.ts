import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { de } from '../../../diagnostics/i18n/catalog-de.js';
import { en } from '../../../diagnostics/i18n/catalog-en.js';
import { sv } from '../../../diagnostics/i18n/catalog-sv.js';
import { repoRoot } from '../repo-root.js';

// What the end-to-end tests do with the UI, in the words of a user: open it, pick a language,
// run a check, open a page, and keep a screenshot of what they saw.

export const UI_LANGS = ['en', 'de', 'sv'] as const;
export type UiLangCode = (typeof UI_LANGS)[number];

/** The engine's catalogs, for the texts the UI must show (never hard-coded in the test). */
export const CATALOG = { en, de, sv } as const;

/** Where a test run leaves its screenshots (gitignored). */
export function screenshotDir(): string {
  return join(repoRoot(), 'test-output', 'screenshots');
}

/** An open UI page and the errors the page logged (a UI that logs errors fails the test). */
export interface UiPage {
  readonly page: Page;
  readonly errors: string[];
  close(): Promise<void>;
}

/** Opens the UI in a fresh browser context. */
export async function openUi(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<UiPage> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  await page.getByTestId('status-pill').waitFor();
  // The footer shows the version once app.info answered: the UI has loaded what main knows.
  await page.locator('footer', { hasText: 'Homeline' }).waitFor();
  return { page, errors, close: () => context.close() };
}

/** Opens a page from the menu. */
export async function openPage(page: Page, name: 'check' | 'isp' | 'helpdesk' | 'history' | 'bundle' | 'settings'): Promise<void> {
  await page.locator(`nav button[data-page="${name}"]`).click();
  await page.locator(`main[data-page="${name}"] h1`).waitFor();
}

/** Switches the UI language in Settings and waits until the page speaks it. */
export async function chooseLanguage(page: Page, lang: UiLangCode): Promise<void> {
  await openPage(page, 'settings');
  await page.getByTestId('lang-select').selectOption(lang);
  await page.locator(`html[lang="${lang}"]`).waitFor();
}

/**
 * Runs a check from the Check page and waits for the verdict. Before that it waits to see a
 * step in the "running" state: the live progress must show, not only the end result.
 */
export async function runCheckInUi(page: Page, timeoutMs = 90_000): Promise<void> {
  await openPage(page, 'check');
  await page.getByTestId('run-check').click();
  await page.locator('.steps [data-state="running"]').first().waitFor({ timeout: 15_000 });
  await page.getByTestId('verdict').waitFor({ timeout: timeoutMs });
}

/** The state each step shows (data-state of the step list). */
export async function stepStates(page: Page): Promise<Record<string, string>> {
  return page.locator('.steps li').evaluateAll((items) =>
    Object.fromEntries(items.map((li) => [li.getAttribute('data-step') ?? '', li.getAttribute('data-state') ?? ''])),
  );
}

/** Saves a full-page screenshot as test-output/screenshots/<name>.png. */
export async function shot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir(), { recursive: true });
  const path = join(screenshotDir(), `${name}.png`);
  // Let animations (the spinner, the status dot) settle so screenshots are comparable.
  await page.waitForTimeout(150);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}
