import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BUNDLE_LIMITS } from '../../../diagnostics/bundle/zip/bundle-limits.js';
import { CheckLoadError, loadCheck, parseCheck } from '../../../diagnostics/fleet/load-check.js';
import { problemLine } from '../../../diagnostics/fleet/load-problem.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { bundleOf, corruptBundle } from '../../support/generated-bundle.js';
import { planCheck, reportFor } from '../../support/generated-check.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'homeline-load-check-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The error parseCheck gives for `bytes`, or a failure when it accepts them. */
async function refusal(bytes: Uint8Array): Promise<CheckLoadError> {
  try {
    await parseCheck(bytes, 'x.homeline');
  } catch (e) {
    if (e instanceof CheckLoadError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('loadCheck', () => {
  const report = reportFor(planCheck(3));

  it('reads a bundle written by the bundle writer and tells where it came from', async () => {
    const file = join(dir, 'ok.homeline');
    await writeFile(file, await bundleOf(report));
    const c = await loadCheck(file);
    expect(c.report.verdict).toEqual(report.verdict);
    expect(c.meta).toEqual({ source: 'bundle', createdAt: expect.any(String), appVersion: '0.1.0', os: { platform: report.platform.os, release: report.platform.release, arch: 'x64' } });
  });

  it('passes on the bundle reader\'s reason for a broken bundle, said in the reader\'s language', async () => {
    const cases = [
      ['truncated', 'truncated'],
      ['foreign-zip', 'foreign'],
      ['newer-format', 'newer-version'],
      ['bad-report', 'invalid-report'],
      ['tampered', 'hash-mismatch'],
    ] as const;
    for (const [kind, reason] of cases) {
      const e = await refusal(await corruptBundle(kind, 1));
      expect(e.problem, kind).toMatchObject({ key: 'bundle', reason });
      expect(problemLine('x.homeline', e.problem, translator('de'))).toBe(translator('de').t(`bundle.error.${reason}`, { file: 'x.homeline', detail: e.problem.key === 'bundle' ? e.problem.detail : '' }));
    }
  });

  it('tells a file that is neither a zip nor a report, an empty one and a JSON that is no report apart', async () => {
    expect((await refusal(await corruptBundle('not-a-zip', 0))).reason).toMatch(/^the file is neither a bundle \(zip\) nor a JSON report/);
    expect((await refusal(new Uint8Array())).reason).toBe('the file is empty.');
    const e = await refusal(new TextEncoder().encode('{"schemaVersion": 1}'));
    expect(e.reason).toMatch(/^x\.homeline is not a Homeline report at startedAt/);
    expect(problemLine('x.homeline', e.problem, translator('sv'))).toMatch(/^x\.homeline: x\.homeline är ingen Homeline-rapport vid startedAt/);
  });

  it('refuses a file far larger than any check without reading it: the bundle file reader\'s own cap', async () => {
    const file = join(dir, 'disk-image.homeline');
    await writeFile(file, '');
    await truncate(file, DEFAULT_BUNDLE_LIMITS.maxFileBytes + 1); // sparse: costs no disk
    await expect(loadCheck(file)).rejects.toMatchObject({ problem: { key: 'bundle', reason: 'file-too-large' } });
  });

  it('reads a plain report file, and an empty file is "empty" through the file reader too', async () => {
    const json = join(dir, 'report.json');
    await writeFile(json, JSON.stringify(report));
    expect((await loadCheck(json)).meta).toEqual({ source: 'report' });
    const empty = join(dir, 'empty.json');
    await writeFile(empty, '');
    await expect(loadCheck(empty)).rejects.toMatchObject({ reason: 'the file is empty.' });
  });

  it('throws CheckLoadError for a missing file and a folder', async () => {
    await expect(loadCheck(join(dir, 'gone.homeline'))).rejects.toMatchObject({ name: 'CheckLoadError', reason: 'no such file.' });
    await expect(loadCheck(dir)).rejects.toMatchObject({ name: 'CheckLoadError', reason: 'is a folder, not a file.' });
  });
});
