import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Report } from '../../diagnostics/schema/report.js';
import { planCheck, reportFor } from './generated-check.js';

/**
 * Generated `.homeline` bundles laid out like the bundle writer's: `manifest.json`, `report.json`,
 * `report.html`, `raw/…` and `history.json` in one zip. Plus the broken files a help desk's folder
 * really holds, each broken in one known way.
 */

/** The ways `corruptBundle` breaks a file, each with the reason the reader should give. */
export const CORRUPTIONS = ['truncated', 'not-a-zip', 'foreign-zip', 'newer-format', 'bad-report', 'empty'] as const;
export type Corruption = (typeof CORRUPTIONS)[number];

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** The bundle bytes of a report; `formatVersion` lets a test make a bundle from the future. */
export function bundleOf(report: Report, formatVersion = 1): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'report.json': strToU8(JSON.stringify(report, null, 2)),
    'report.html': strToU8(`<!doctype html><meta charset="utf-8"><title>Homeline</title><h1>${report.verdict.headline}</h1>`),
    'history.json': strToU8(JSON.stringify([{ at: report.startedAt, segment: report.verdict.segment }])),
    ...Object.fromEntries(report.raw.map((r, i) => [`raw/${String(i).padStart(2, '0')}-${r.probe}.txt`, strToU8(`$ ${r.cmd} ${r.args.join(' ')}\n${r.stdout}`)])),
  };
  const manifest = {
    format: 'homeline-bundle',
    formatVersion,
    createdAt: report.startedAt,
    app: { name: 'Homeline', version: '0.1.0' },
    os: report.platform && { platform: report.platform.os, release: report.platform.release, arch: report.platform.arch },
    redaction: { applied: true, rules: ['ip', 'mac', 'ssid', 'user', 'host'] },
    entries: Object.entries(files).map(([path, b]) => ({ path, bytes: b.length, sha256: sha256(b) })),
  };
  return zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest, null, 2)), ...files }, { level: 6 });
}

/** A broken file of the given kind, made from check `index`. */
export function corruptBundle(kind: Corruption, index: number): Uint8Array {
  const good = bundleOf(reportFor(planCheck(index)));
  switch (kind) {
    case 'truncated':
      return good.subarray(0, Math.floor(good.length / 2));
    case 'not-a-zip':
      return strToU8('%PDF-1.7 this is a scanned letter, not a bundle');
    case 'foreign-zip':
      return zipSync({ 'photo.jpg': strToU8('not really a photo') });
    case 'newer-format':
      return bundleOf(reportFor(planCheck(index)), 2);
    case 'bad-report': {
      const report = { ...reportFor(planCheck(index)), verdict: { segment: 'somewhere', headline: '', summary: '' } };
      return bundleOf(report as unknown as Report);
    }
    case 'empty':
      return new Uint8Array();
  }
}

/** The file name of generated check `index`. */
export const bundleName = (index: number): string => `check-${String(index).padStart(5, '0')}.homeline`;

/**
 * Writes checks `first … first+count-1` into `dir` as bundles, and the given broken files beside
 * them (`broken-<kind>-<n>.homeline`). Returns the broken files' names.
 */
export async function writeGeneratedBundles(dir: string, count: number, broken: readonly Corruption[] = [], first = 0): Promise<string[]> {
  for (let i = first; i < first + count; i++) await writeFile(join(dir, bundleName(i)), bundleOf(reportFor(planCheck(i))));
  const names: string[] = [];
  for (const [n, kind] of broken.entries()) {
    const name = `broken-${kind}-${n}.homeline`;
    await writeFile(join(dir, name), corruptBundle(kind, n));
    names.push(name);
  }
  return names;
}
