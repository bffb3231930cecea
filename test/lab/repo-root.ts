import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The lab's modules run both from source (vitest) and compiled (dist/test/lab, for the
// benchmark), so paths are found from the repository root rather than from this file.

function isRepoRoot(dir: string): boolean {
  const pkg = join(dir, 'package.json');
  if (!existsSync(pkg)) return false;
  try {
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name === 'homeline';
  } catch {
    return false;
  }
}

/** The Homeline repository root: the nearest folder above this module with Homeline's package.json. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (isRepoRoot(dir)) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the Homeline repository above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

/** The built CLI that the lab runs. */
export function cliPath(root = repoRoot()): string {
  return join(root, 'dist', 'diagnostics', 'cli', 'main.js');
}

/** The lab profile (kept in the source tree; tsc does not copy it to dist). */
export function labProfilePath(root = repoRoot()): string {
  return join(root, 'test', 'lab', 'profiles', 'lab.json');
}

/** The lab profile plus the web server's throughput endpoints and minimums of 10 / 2 Mbit/s. */
export function throughputProfilePath(root = repoRoot()): string {
  return join(root, 'test', 'lab', 'profiles', 'lab-throughput.json');
}

/** The company lab profile: the lab profile plus the company's VPN and Citrix targets. */
export function companyProfilePath(root = repoRoot()): string {
  return join(root, 'test', 'lab', 'profiles', 'company.json');
}

/** The compiled ICA/CGP listener the company lab starts in its data-centre namespace. */
export function sessionListenerPath(root = repoRoot()): string {
  return join(root, 'dist', 'test', 'lab', 'session-listener.js');
}
