import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

// Debian's Chromium, driven by playwright-core, run inside the lab's client namespace: the UI
// server listens on that namespace's loopback, which is not the host's. Playwright starts the
// browser itself (and talks to it over a pipe), so the browser "binary" it is given is a
// two-line launcher that enters the namespace named in the environment and execs Chromium with
// Playwright's arguments untouched.

/** Debian's Chromium (apt-get install chromium; .ci/run installs it). */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet headless browser that contacts nothing by itself. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] as const;

const LAUNCHER = '#!/bin/sh\n# Enters the namespace in HOMELINE_UI_NS and runs Chromium there.\nexec ip netns exec "$HOMELINE_UI_NS" /usr/bin/chromium "$@"\n';

/** A browser inside a namespace, and how to close it and its launcher. */
export interface LabBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Why the UI tests cannot run here, or null when Chromium is installed. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing (apt-get install chromium)`;
}

/** Launches Chromium inside the network namespace `ns`. */
export async function launchChromiumIn(ns: string): Promise<LabBrowser> {
  if (!/^[A-Za-z0-9_.-]+$/.test(ns)) throw new Error(`not a namespace name: ${ns}`);
  const dir = await mkdtemp(join(tmpdir(), 'homeline-chromium-'));
  const launcher = join(dir, 'chromium-in-ns');
  await writeFile(launcher, LAUNCHER);
  await chmod(launcher, 0o755);
  const browser = await chromium.launch({
    executablePath: launcher,
    args: [...CHROMIUM_ARGS],
    env: { ...process.env, HOMELINE_UI_NS: ns },
    timeout: 60_000,
  });
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
