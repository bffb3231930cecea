import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Homeline's name and version as package.json states them (read once). */
export function appInfo(): { name: string; version: string } {
  cached ??= find();
  return cached;
}

let cached: { name: string; version: string } | undefined;

// The module runs from the source tree (tests) and from dist/ (CLI, app): walk up to our package.json.
function find(): { name: string; version: string } {
  for (let up = '../'; up.length <= 5 * 3; up += '../') {
    try {
      const pkg = JSON.parse(readFileSync(fileURLToPath(new URL(`${up}package.json`, import.meta.url)), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'homeline' && typeof pkg.version === 'string') return { name: 'Homeline', version: pkg.version };
    } catch {
      // not at this level
    }
  }
  return { name: 'Homeline', version: 'unknown' };
}
