import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../lab/repo-root.js';
import { licenceFromFile, licenceProblem, shippedPackages } from '../support/security/licences.js';

// No copyleft in the app bundle: every package of the production tree carries a permissive licence.

describe('licences of the production dependency tree', () => {
  it('every shipped package is permissively licensed', () => {
    const shipped = shippedPackages(repoRoot());
    expect(shipped.map((p) => p.name)).toEqual(expect.arrayContaining(['react', 'zod', 'i18next', 'systeminformation']));
    expect(shipped.map((p) => p.name)).not.toContain('vitest');
    const problems = shipped.flatMap((p) => {
      const why = licenceProblem(p.license);
      return why === null ? [] : [`${p.name}@${p.version} (${p.path}): ${why}`];
    });
    console.log(`licences: ${shipped.length} production packages checked`);
    expect(problems).toEqual([]);
  });
});

describe('the licence check can fail', () => {
  it('reads SPDX expressions', () => {
    expect(licenceProblem('MIT')).toBeNull();
    expect(licenceProblem('(BSD-2-Clause OR MIT OR Apache-2.0)')).toBeNull();
    expect(licenceProblem('(MIT OR GPL-3.0-only)')).toBeNull(); // the recipient may choose MIT
    expect(licenceProblem('GPL-3.0-only')).toMatch(/copyleft/);
    expect(licenceProblem('MIT AND LGPL-2.1-or-later')).toMatch(/copyleft/);
    expect(licenceProblem('MPL-2.0')).toMatch(/copyleft/);
    expect(licenceProblem('SSPL-1.0')).toMatch(/copyleft/);
    expect(licenceProblem('SEE LICENSE IN LICENSE.txt')).toMatch(/not an SPDX expression/);
    expect(licenceProblem('Artistic-2.0')).toMatch(/not on the permissive allow-list/);
    expect(licenceProblem(null)).toMatch(/no licence/);
  });

  it('names a copyleft package deep in a production tree, and ignores dev-only ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeline-licences-'));
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { name: 'sample' },
        'node_modules/good': { version: '1.0.0', license: 'MIT' },
        'node_modules/good/node_modules/deep-gpl': { version: '2.0.0', license: 'MIT' },
        'node_modules/dev-gpl': { version: '1.0.0', license: 'GPL-2.0-only', dev: true },
      },
    };
    writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(lock));
    // The installed package.json wins over the lock: this one was relicensed.
    mkdirSync(join(dir, 'node_modules/good/node_modules/deep-gpl'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/good/node_modules/deep-gpl/package.json'), JSON.stringify({ name: 'deep-gpl', license: 'AGPL-3.0-only' }));
    const bad = shippedPackages(dir).filter((p) => licenceProblem(p.license) !== null);
    expect(bad.map((p) => `${p.name}: ${licenceProblem(p.license) ?? ''}`)).toEqual(['deep-gpl: copyleft licence "AGPL-3.0-only"']);
  });

  it('reads a forgotten licence from the LICENSE file title, and nothing else from it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeline-licence-'));
    writeFileSync(join(dir, 'LICENSE'), '\nMIT License\n\nCopyright (c) 2017 Somebody\n');
    expect(licenceFromFile(dir)).toBe('MIT');
    writeFileSync(join(dir, 'LICENSE'), 'GNU GENERAL PUBLIC LICENSE\nVersion 3\n');
    expect(licenceFromFile(dir)).toBeNull();
  });
});
