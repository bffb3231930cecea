import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleError } from '../../../diagnostics/bundle/bundle-error.js';
import { BundleReadError, loadBundle } from '../../../diagnostics/tickets/load-bundle.js';
import { writeSampleBundle } from './sample-bundle.js';

describe('loadBundle', () => {
  it('returns the checked report and the exact file bytes', async () => {
    const file = await writeSampleBundle(undefined, 'hl.homeline');
    const b = await loadBundle(file);
    expect(b.fileName).toBe('hl.homeline');
    expect(b.report.verdict.segment).toBe('isp');
    expect(Buffer.from(b.bytes).equals(readFileSync(file))).toBe(true);
  });

  it('says what is wrong with a file that is not a usable bundle', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-badbundle-'));
    const write = (name: string, bytes: Uint8Array | string) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    };
    await expect(loadBundle(join(dir, 'missing.zip'))).rejects.toThrow(BundleReadError);
    await expect(loadBundle(join(dir, 'missing.zip'))).rejects.toThrow(/Cannot read the bundle .*missing\.zip: ENOENT/);
    await expect(loadBundle(write('text.zip', 'hello'))).rejects.toMatchObject({ reason: 'not-a-zip' });
    await expect(loadBundle(write('other.zip', zipSync({ 'other.txt': strToU8('x') })))).rejects.toBeInstanceOf(BundleError);
  });
});
