import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { webSha256 } from '../../diagnostics/bundle/digest.js';
import { prepareBundle, type PreparedBundle } from '../../diagnostics/bundle/prepare-bundle.js';
import { zipBundle } from '../../diagnostics/bundle/zip-bundle.js';
import type { Report } from '../../diagnostics/schema/report.js';
import { planCheck, reportFor } from './generated-check.js';

/**
 * Generated `.homeline` bundles made by the real bundle writer (redaction, layout, hashes, zip),
 * so the fleet tools read exactly what `homeline check --bundle` writes. Plus the broken files a
 * help desk's folder really holds, each broken in one known way.
 */

/** The ways `corruptBundle` breaks a file. */
export const CORRUPTIONS = ['truncated', 'not-a-zip', 'foreign-zip', 'newer-format', 'bad-report', 'tampered', 'empty'] as const;
export type Corruption = (typeof CORRUPTIONS)[number];

/** The writer's input for a generated report: a fixed salt and identity, the default redaction. */
function prepare(report: Report): Promise<PreparedBundle> {
  return prepareBundle({
    report,
    history: [{ at: report.startedAt, segment: report.verdict.segment }],
    createdAt: new Date(Date.parse(report.startedAt) + report.durationMs),
    app: { name: 'Homeline', version: '0.1.0' },
    os: { platform: report.platform.os, release: report.platform.release, arch: report.platform.arch },
    redaction: { level: 'standard', ssid: 'hash' },
    salt: 'generated-bundles',
    identity: { userName: 'erika', hostName: 'erika-laptop', homeDir: '/home/erika' },
  });
}

/** A prepared bundle with one entry's text replaced; `rehash` keeps the manifest consistent. */
async function replaced(p: PreparedBundle, path: string, text: string, rehash: boolean): Promise<PreparedBundle> {
  const entries = p.entries.map((e) => (e.path === path ? { ...e, text } : e));
  if (!rehash) return { ...p, entries };
  const bytes = strToU8(text);
  const sha256 = await webSha256(bytes);
  const manifest = { ...p.manifest, entries: p.manifest.entries.map((e) => (e.path === path ? { ...e, bytes: bytes.length, sha256 } : e)) };
  return { manifest, entries: entries.map((e) => (e.path === 'manifest.json' ? { ...e, text: `${JSON.stringify(manifest, null, 2)}\n` } : e)) };
}

/** The bundle bytes of a report, as `homeline check --bundle` writes them. */
export async function bundleOf(report: Report): Promise<Uint8Array> {
  return zipBundle(await prepare(report));
}

/** A broken file of the given kind, made from check `index`. */
export async function corruptBundle(kind: Corruption, index: number): Promise<Uint8Array> {
  const report = reportFor(planCheck(index));
  switch (kind) {
    case 'truncated': {
      const good = await bundleOf(report);
      return good.subarray(0, Math.floor(good.length / 2));
    }
    case 'not-a-zip':
      return strToU8('%PDF-1.7 this is a scanned letter, not a bundle');
    case 'foreign-zip':
      return zipSync({ 'photo.jpg': strToU8('not really a photo') });
    case 'newer-format': {
      const p = await prepare(report);
      return zipBundle(await replaced(p, 'manifest.json', JSON.stringify({ ...p.manifest, formatVersion: 2 }), false));
    }
    case 'bad-report': {
      const bad = JSON.stringify({ ...report, verdict: { segment: 'somewhere', headline: '', summary: '' } });
      return zipBundle(await replaced(await prepare(report), 'report.json', bad, true));
    }
    case 'tampered':
      return zipBundle(await replaced(await prepare(report), 'report.json', JSON.stringify({ ...report, findings: [] }), false));
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
  for (let i = first; i < first + count; i++) await writeFile(join(dir, bundleName(i)), await bundleOf(reportFor(planCheck(i))));
  const names: string[] = [];
  for (const [n, kind] of broken.entries()) {
    const name = `broken-${kind}-${n}.homeline`;
    await writeFile(join(dir, name), await corruptBundle(kind, n));
    names.push(name);
  }
  return names;
}
