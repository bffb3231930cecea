import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

// Which files the source gates read. Whole folders, not lists of names, so code that lands later
// in electron/, renderer/ or build/ is covered the day it lands.

/** The folders whose code ships or drives the product; test/ counts only for its support code. */
export const GATED_ROOTS: readonly string[] = ['diagnostics', 'electron', 'renderer', 'build', 'test'];

const SOURCE = /\.(?:[cm]?ts|tsx|[cm]?js|jsx)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', 'fixtures', 'out', 'release']);

/** Is this repository-relative path test support code (helpers, lab, benchmarks), not a test itself? */
export function isTestSupport(rel: string): boolean {
  return !/\.test\.[cm]?[jt]sx?$/.test(rel);
}

/** Every source file under the gated roots, as repository-relative paths with forward slashes. */
export function gatedSourceFiles(repoRoot: string, roots: readonly string[] = GATED_ROOTS): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // a root that does not exist yet (build/ before packaging lands)
    }
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(full);
      } else if (SOURCE.test(e.name) && !e.name.endsWith('.d.ts')) {
        const rel = relative(repoRoot, full).split(sep).join('/');
        if (!rel.startsWith('test/') || isTestSupport(rel)) found.push(rel);
      }
    }
  };
  for (const r of roots) walk(join(repoRoot, r));
  return found.sort();
}
