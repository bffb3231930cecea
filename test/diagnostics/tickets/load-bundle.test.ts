import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../../diagnostics/tickets/load-bundle.js';
import { sampleBundleBytes, sampleReport, writeSampleBundle } from './sample-bundle.js';

describe('loadBundle', () => {
  it('returns the validated report and the exact file bytes', async () => {
    const file = writeSampleBundle(undefined, 'hl.zip');
    const b = await loadBundle(file);
    expect(b.fileName).toBe('hl.zip');
    expect(b.report.verdict.segment).toBe('isp');
    expect(Buffer.from(b.bytes).equals(Buffer.from(sampleBundleBytes()))).toBe(true);
  });

  it('says what is wrong with a file that is not a usable bundle', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'homeline-badbundle-'));
    const write = (name: string, bytes: Uint8Array | string) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    };
    await expect(loadBundle(join(dir, 'missing.zip'))).rejects.toThrow(/Cannot read the bundle .*missing\.zip: ENOENT/);
    await expect(loadBundle(write('text.zip', 'hello'))).rejects.toThrow(/not a Homeline bundle \(not a readable zip/);
    await expect(loadBundle(write('empty.zip', zipSync({ 'other.txt': strToU8('x') })))).rejects.toThrow(/has no report\.json/);
    await expect(loadBundle(write('json.zip', zipSync({ 'report.json': strToU8('{') })))).rejects.toThrow(/report\.json is not valid JSON/);
    const wrong = { ...sampleReport(), verdict: { segment: 'moon', headline: 'h', summary: 's' } };
    await expect(loadBundle(write('schema.zip', zipSync({ 'report.json': strToU8(JSON.stringify(wrong)) })))).rejects.toThrow(/report\.json: verdict\.segment: /);
  });
});
