import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckLoadError, loadCheck, MAX_CHECK_BYTES, parseCheck } from '../../../diagnostics/fleet/load-check.js';
import { bundleOf } from '../../support/generated-bundle.js';
import { planCheck, reportFor } from '../../support/generated-check.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeline-load-check-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The reason parseCheck gives for `bytes`, or a failure when it accepts them. */
async function reason(bytes: Uint8Array): Promise<string> {
  try {
    await parseCheck(bytes, 'x.homeline');
  } catch (e) {
    if (e instanceof CheckLoadError) return e.reason;
    throw e;
  }
  throw new Error('accepted');
}

/** Rewrites the central-directory size of entry `name`, as a zip bomb's header would claim it. */
function claimSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const entry = new TextDecoder().decode(out.subarray(i + 46, i + 46 + view.getUint16(i + 28, true)));
    if (entry === name) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('loadCheck', () => {
  const report = reportFor(planCheck(3));

  it('reads a bundle and tells where it came from', async () => {
    const file = join(dir, 'ok.homeline');
    await writeFile(file, bundleOf(report));
    const c = await loadCheck(file);
    expect(c.report).toEqual(report);
    expect(c.meta).toEqual({ source: 'bundle', createdAt: report.startedAt, appVersion: '0.1.0', os: { platform: report.platform.os, release: report.platform.release, arch: 'x64' } });
  });

  it('names what is wrong with a bundle that is not quite one', async () => {
    const manifest = strToU8(JSON.stringify({ format: 'homeline-bundle', formatVersion: 1 }));
    expect(await reason(zipSync({ 'manifest.json': manifest }))).toBe('the bundle has no report.json.');
    expect(await reason(zipSync({ 'manifest.json': strToU8('{"format": "other-tool", "formatVersion": 1}'), 'report.json': strToU8('{}') }))).toBe('manifest.json does not describe a Homeline bundle.');
    expect(await reason(zipSync({ 'manifest.json': strToU8('{'), 'report.json': strToU8('{}') }))).toMatch(/^manifest\.json is not valid JSON/);
    expect(await reason(zipSync({ 'manifest.json': manifest, 'report.json': strToU8('{"schemaVersion": 2}') }))).toMatch(/^report\.json is not a Homeline report at schemaVersion/);
  });

  it('refuses a bundle whose report claims to unpack beyond the limit, without unpacking it', async () => {
    expect(await reason(claimSize(bundleOf(report), 'report.json', MAX_CHECK_BYTES + 1))).toMatch(/^report\.json would unpack to 67,108,865 bytes/);
  });

  it('refuses a file far larger than any check without reading it', async () => {
    const file = join(dir, 'disk-image.homeline');
    await writeFile(file, '');
    await truncate(file, MAX_CHECK_BYTES + 1); // sparse: costs no disk
    await expect(loadCheck(file)).rejects.toThrow(/far more than a check/);
  });

  it('throws CheckLoadError for a missing file and a folder', async () => {
    await expect(loadCheck(join(dir, 'gone.homeline'))).rejects.toMatchObject({ name: 'CheckLoadError', reason: 'no such file.' });
    await expect(loadCheck(dir)).rejects.toMatchObject({ name: 'CheckLoadError', reason: 'is a folder, not a file.' });
  });
});
