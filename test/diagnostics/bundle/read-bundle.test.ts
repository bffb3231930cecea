import { readFileSync } from 'node:fs';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleError, type BundleErrorReason } from '../../../diagnostics/bundle/bundle-error.js';
import { prepareBundle } from '../../../diagnostics/bundle/prepare-bundle.js';
import { readBundle } from '../../../diagnostics/bundle/read-bundle.js';
import { zipBundle } from '../../../diagnostics/bundle/zip-bundle.js';
import { emptyReport, unzipTexts } from './bundle-test-kit.js';

async function goodBundle() {
  const report = emptyReport({
    verdict: { segment: 'isp', headline: 'Loss beyond the router', summary: 'The provider.' },
    raw: [{ probe: 'gateway-ping', cmd: 'ping', args: ['-c', '5', '192.168.1.1'], exitCode: 0, stdout: '5 packets transmitted, 5 received', stderr: '' }],
  });
  return zipBundle(
    await prepareBundle({
      report, history: [{ at: '2026-11-22T08:00:00Z', segment: 'isp', figures: { lossPct: 4.2 } }], createdAt: new Date('2026-11-23T09:00:00Z'),
      app: { name: 'Homeline', version: '0.1.0' }, os: { platform: 'linux', release: '6.1', arch: 'x64' },
      redaction: { level: 'standard', ssid: 'hash' }, salt: 'reader', identity: {},
    }),
  );
}

/** The bundle's entries, changed by `edit`, zipped again. */
async function rezip(edit: (files: Map<string, string>) => void): Promise<Uint8Array> {
  const files = unzipTexts(await goodBundle());
  edit(files);
  const z: Zippable = {};
  for (const [k, v] of files) z[k] = strToU8(v);
  return zipSync(z);
}

const manifestOf = (files: Map<string, string>) => JSON.parse(files.get('manifest.json') ?? '{}') as Record<string, unknown> & { entries: { path: string }[] };

async function failure(bytes: Uint8Array): Promise<BundleError> {
  try {
    await readBundle(bytes);
  } catch (e) {
    if (e instanceof BundleError) return e;
    throw e;
  }
  throw new Error('the bundle was accepted');
}

describe('readBundle', () => {
  it('opens a good bundle: manifest, validated report, HTML, raw outputs, history', async () => {
    const b = await readBundle(await goodBundle());
    expect(b.manifest).toMatchObject({ format: 'homeline-bundle', formatVersion: 1, app: { name: 'Homeline', version: '0.1.0' } });
    expect(b.report.verdict.segment).toBe('isp');
    expect(b.files.get('report.html')).toContain('<!DOCTYPE html>');
    expect(b.raw).toEqual([{ path: 'raw/01-gateway-ping-ping.txt', text: expect.stringContaining('$ ping -c 5 192.168.1.1') }]);
    expect(b.history).toEqual([{ at: '2026-11-22T08:00:00Z', segment: 'isp', figures: { lossPct: 4.2 } }]);
  });

  it('checks hashes with an injected hasher when web crypto is not there', async () => {
    const seen: number[] = [];
    await expect(readBundle(await goodBundle(), { sha256: (b) => (seen.push(b.length), 'f'.repeat(64)) })).rejects.toMatchObject({ reason: 'hash-mismatch' });
    expect(seen.length).toBeGreaterThan(0);
  });

  const cases: [string, BundleErrorReason, () => Promise<Uint8Array>, RegExp][] = [
    ['a text file', 'not-a-zip', async () => strToU8('{"schemaVersion":1}'), /not a zip file/],
    ['an empty file', 'not-a-zip', async () => new Uint8Array(0), /not a zip file/],
    ['a file cut off while copying', 'truncated', async () => (await goodBundle()).slice(0, 700), /incomplete/],
    ['damaged compressed data', 'corrupt', async () => {
      const b = await goodBundle();
      const broken = b.slice();
      // Overwrite the first entry's compressed bytes (after its 30-byte header and name).
      for (let i = 30 + 'manifest.json'.length; i < 30 + 'manifest.json'.length + 200; i++) broken[i] = 0xff;
      return broken;
    }, /damaged/],
    ['a zip that is not ours', 'foreign', async () => zipSync({ 'readme.txt': strToU8('hello') }), /not a Homeline bundle/],
    ['a zip with another format in its manifest', 'foreign', async () => zipSync({ 'manifest.json': strToU8('{"format":"other"}') }), /not a Homeline bundle/],
    ['a newer bundle format', 'newer-version', async () => rezip((f) => f.set('manifest.json', JSON.stringify({ ...manifestOf(f), formatVersion: 2 }))), /format version 2/],
    ['an entry changed after writing', 'hash-mismatch', async () => rezip((f) => f.set('report.html', `${f.get('report.html') ?? ''}<!-- changed -->`)), /report\.html.*checksum/],
    ['an entry removed', 'missing-entry', async () => rezip((f) => f.delete('history.json')), /history\.json/],
    ['an entry smuggled in', 'unexpected-entry', async () => rezip((f) => f.set('raw/99-extra.txt', 'unredacted')), /raw\/99-extra\.txt/],
    ['a manifest missing fields', 'invalid-manifest', async () => rezip((f) => f.set('manifest.json', JSON.stringify({ format: 'homeline-bundle', formatVersion: 1 }))), /manifest\.json is not valid/],
  ];

  it.each(cases)('refuses %s with reason %s and a clear sentence', async (_, reason, make, message) => {
    const e = await failure(await make());
    expect(e.reason).toBe(reason);
    expect(e.message).toMatch(message);
    expect(e.message).toMatch(/\.$/);
  });

  it('refuses a newer report schema even with matching hashes', async () => {
    const files = unzipTexts(await goodBundle());
    const report = (files.get('report.json') ?? '').replace('"schemaVersion": 1', '"schemaVersion": 2');
    const bytes = strToU8(report);
    const hash = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
    const manifest = manifestOf(files);
    const entries = manifest.entries.map((e) => (e.path === 'report.json' ? { ...e, sha256: hash, bytes: bytes.length } : e));
    const e = await failure(zipSync({ ...Object.fromEntries([...files].map(([k, v]) => [k, strToU8(v)])), 'report.json': bytes, 'manifest.json': strToU8(JSON.stringify({ ...manifest, entries })) }));
    expect(e.reason).toBe('newer-version');
    expect(e.message).toMatch(/schema version 2/);
  });

  it('refuses a zip bomb before unpacking it', async () => {
    const bomb = zipSync({ 'manifest.json': new Uint8Array(2 * 1024 * 1024) });
    const e = await failure(bomb.slice());
    expect(e.reason).not.toBe('too-large'); // 2 MiB is fine by default…
    await expect(readBundle(bomb, { maxUnpackedBytes: 1024 * 1024 })).rejects.toMatchObject({ reason: 'too-large' }); // …not under a 1 MiB limit
  });

  it('uses no Node built-ins, so a browser viewer can reuse it', () => {
    const seen = new Set<string>();
    const visit = (url: URL): void => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const src = readFileSync(url, 'utf8');
      expect(src, url.pathname).not.toMatch(/from '(node:|fs|path|os|crypto)/);
      for (const m of src.matchAll(/from '(\.[^']+)\.js'/g)) visit(new URL(`${m[1]}.ts`, url));
    };
    visit(new URL('../../../diagnostics/bundle/read-bundle.ts', import.meta.url));
    expect(seen.size).toBeGreaterThan(3);
  });
});
