import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import parseSpdx from 'spdx-expression-parse';

// What the app bundle ships: the production dependency tree (`dependencies`, transitive), read
// from package-lock.json, each package's licence taken from its installed package.json (the lock's
// copy when it is not installed). Only permissive licences may ship; copyleft fails by name.

/** Licences the bundle may carry: permissive, no source-disclosure or same-licence obligation. */
export const PERMISSIVE: ReadonlySet<string> = new Set([
  'MIT', 'MIT-0', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'Apache-2.0', 'BlueOak-1.0.0',
  'Unlicense', 'CC0-1.0', 'CC-BY-4.0', 'Python-2.0', 'Zlib', 'WTFPL',
]);

/** Families that oblige the app to ship its own source or keep a licence: named in failures. */
export const COPYLEFT = /\b(?:A?GPL|LGPL|MPL|EPL|CDDL|SSPL|EUPL|OSL|CPAL|CC-BY-SA|CC-BY-NC)/i;

/** One shipped package and its licence as declared. */
export interface ShippedPackage {
  readonly name: string;
  readonly version: string;
  /** Its folder in node_modules, as the lock names it. */
  readonly path: string;
  readonly license: string | null;
}

interface LockEntry {
  readonly version?: string;
  readonly dev?: boolean;
  readonly license?: unknown;
  readonly link?: boolean;
}

/** The production tree from the lock file (entries not marked dev-only), with declared licences. */
export function shippedPackages(repoRoot: string): ShippedPackage[] {
  const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as { packages?: Record<string, LockEntry> };
  if (!lock.packages) throw new Error('package-lock.json has no "packages" map (lockfileVersion 2 or later is needed)');
  const out: ShippedPackage[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev === true || entry.link === true) continue;
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    out.push({ name, version: entry.version ?? '?', path, license: installedLicence(repoRoot, path) ?? licenceText(entry.license) });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

function installedLicence(repoRoot: string, path: string): string | null {
  const file = join(repoRoot, path, 'package.json');
  if (!existsSync(file)) return null;
  const pkg = JSON.parse(readFileSync(file, 'utf8')) as { license?: unknown; licenses?: unknown };
  return licenceText(pkg.license) ?? licenceText(pkg.licenses) ?? licenceFromFile(join(repoRoot, path));
}

/** Licence files whose title names the licence unambiguously, for packages whose package.json forgot it. */
const LICENCE_TITLES: readonly (readonly [RegExp, string])[] = [
  [/^(?:the )?mit licen[cs]e\b/i, 'MIT'],
  [/^isc licen[cs]e\b/i, 'ISC'],
  [/^apache licen[cs]e,?\s+version 2\.0\b/i, 'Apache-2.0'],
];

/**
 * The licence a package ships as its LICENSE file when package.json declares none (png-js, pulled
 * in by pdfkit). Only a title that names the licence counts; anything else stays "declares no
 * licence" for a human to review.
 */
export function licenceFromFile(dir: string): string | null {
  for (const name of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'license']) {
    const file = join(dir, name);
    if (!existsSync(file)) continue;
    const title = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
    for (const [pattern, spdx] of LICENCE_TITLES) if (pattern.test(title)) return spdx;
    return null;
  }
  return null;
}

/** "MIT", { type: "MIT" } or [{ type: "MIT" }, { type: "Apache-2.0" }] (old style: any of them). */
function licenceText(v: unknown): string | null {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { type?: unknown }).type === 'string') return (v as { type: string }).type;
  if (Array.isArray(v)) {
    const types = v.map(licenceText).filter((t): t is string => t !== null);
    return types.length > 0 ? `(${types.join(' OR ')})` : null;
  }
  return null;
}

/** Why a licence expression may not ship, or null when it may. */
export function licenceProblem(expression: string | null): string | null {
  if (expression === null) return 'declares no licence';
  let tree: parseSpdx.Info;
  try {
    tree = parseSpdx(expression);
  } catch {
    return `licence "${expression}" is not an SPDX expression`;
  }
  if (permitted(tree)) return null;
  return COPYLEFT.test(expression)
    ? `copyleft licence "${expression}"`
    : `licence "${expression}" is not on the permissive allow-list`;
}

function permitted(node: parseSpdx.Info): boolean {
  if ('license' in node) return PERMISSIVE.has(node.license);
  return node.conjunction === 'or' ? permitted(node.left) || permitted(node.right) : permitted(node.left) && permitted(node.right);
}
