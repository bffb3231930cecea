import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync, strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { BundleError, type BundleErrorReason } from '../../../diagnostics/bundle/bundle-error.js';
import { readBundleFile } from '../../../diagnostics/bundle/bundle-file.js';
import { readBundle, readBundleFrom } from '../../../diagnostics/bundle/read-bundle.js';
import { bytesSource, type ZipSource } from '../../../diagnostics/bundle/zip/zip-source.js';
import { translator } from '../../../diagnostics/i18n/translator.js';
import { bundleEntries, honest, preparedOf, rawZip, sharedStreamBundle, type RawEntry } from '../../support/hostile-zip.js';
import { emptyReport } from './bundle-test-kit.js';

// Crafted bundles (test/support/hostile-zip.ts builds them byte by byte) are refused with their
// own reason, and the reader stops early: a counting source shows how little of the file it read.
// How long that takes and how much memory it needs: npm run bench:bundle.

const report = emptyReport({ verdict: { segment: 'isp', headline: 'Loss beyond the router', summary: 'The provider.' } });
const MiB = 1024 * 1024;
const zeros = (n: number): Uint8Array => new Uint8Array(n);

/** A bundle: its honest entries plus `extra`, the manifest listing `listed` besides its own. */
async function crafted(extra: (manifestAndRest: RawEntry[]) => RawEntry[], listed: { path: string; data: Uint8Array }[] = []): Promise<Uint8Array> {
  const { manifest, rest } = await bundleEntries(await preparedOf(report), listed);
  return rawZip(extra([honest('manifest.json', manifest), ...rest]));
}

/** A source that counts what the reader asked for. */
function counting(src: ZipSource): ZipSource & { readonly bytesRead: () => number } {
  let n = 0;
  return { size: src.size, read: async (o, l) => { const b = await src.read(o, l); n += b.length; return b; }, bytesRead: () => n };
}

async function refusal(bytes: Uint8Array | ZipSource): Promise<BundleError> {
  try {
    await (bytes instanceof Uint8Array ? readBundle(bytes) : readBundleFrom(bytes));
  } catch (e) {
    if (e instanceof BundleError) return e;
    throw e;
  }
  throw new Error('the bundle was accepted');
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('hostile bundles', () => {
  it('the hand-built zip of an honest bundle opens (the builder itself is sound)', async () => {
    const b = await readBundle(await crafted((e) => e));
    expect(b.report.verdict.segment).toBe('isp');
  });

  it('refuses many entries that point at one shared stream, before inflating any of it', async () => {
    const bytes = await sharedStreamBundle(report, 200, 20 * MiB);
    const src = counting(bytesSource(bytes));
    const e = await refusal(src);
    expect(e.reason).toBe('overlapping-entries');
    expect(e.message).toMatch(/raw\/000\.txt.*share the same data/);
    // Only the tail, the directory and the local headers: not the 20 KiB stream, let alone 200 × 20 MiB.
    expect(src.bytesRead()).toBeLessThan(bytes.length);
  });

  it('stops inflating an entry as soon as it passes the size it declares', async () => {
    const bomb = deflateSync(zeros(50 * MiB));
    const bytes = await crafted((e) => [...e, { name: 'raw/01-bomb.txt', stored: bomb, method: 8, declaredSize: 1 }], [{ path: 'raw/01-bomb.txt', data: strToU8('x') }]);
    const src = counting(bytesSource(bytes));
    const e = await refusal(src);
    expect(e.reason).toBe('size-mismatch');
    expect(e.detail).toBe('raw/01-bomb.txt');
    // One chunk of the ~50 KiB stream is enough to see the lie.
    expect(src.bytesRead()).toBeLessThan(bytes.length - bomb.length + 16 * 1024);
  });

  it('refuses a stored entry whose data is not the size it declares', async () => {
    const e = await refusal(await crafted((e) => [...e, { name: 'raw/01-x.txt', stored: zeros(MiB), method: 0, declaredSize: 0 }], [{ path: 'raw/01-x.txt', data: new Uint8Array() }]));
    expect(e.reason).toBe('size-mismatch');
  });

  it('refuses entries that declare more than the budget before inflating them', async () => {
    const big = zeros(80 * MiB);
    const bytes = await crafted((e) => [...e, honest('raw/01-big.txt', big)]);
    const src = counting(bytesSource(bytes));
    const e = await refusal(src);
    expect(e.reason).toBe('too-large');
    expect(e.detail).toBe('64 MiB');
    expect(src.bytesRead()).toBeLessThan(bytes.length / 2);
  });

  it('counts inflated bytes across the whole bundle, not per entry', async () => {
    const part = zeros(3 * MiB);
    const listed = [1, 2, 3].map((i) => ({ path: `raw/0${i}.txt`, data: part }));
    const bytes = await crafted((e) => [...e, ...listed.map((l) => honest(l.path, l.data))], listed);
    await expect(readBundle(bytes, { maxUnpackedBytes: 8 * MiB })).rejects.toMatchObject({ reason: 'too-large' });
    await expect(readBundle(bytes, { maxUnpackedBytes: 12 * MiB })).resolves.toBeDefined();
  });

  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`an unlisted entry named ${name} is refused as unlisted`, async () => {
      const e = await refusal(await crafted((e) => [...e, honest(name, strToU8('{}'))]));
      expect(e.reason).toBe('unexpected-entry');
      expect(e.detail).toBe(name);
    });

    it(`a manifest listing a missing ${name} is refused as missing, not a crash`, async () => {
      const e = await refusal(await crafted((e) => e, [{ path: name, data: strToU8('{}') }]));
      expect(e.reason).toBe('missing-entry');
      expect(e.detail).toBe(name);
    });
  }

  it('a listed entry named __proto__ is just a file', async () => {
    const data = strToU8('{"polluted":true}');
    const b = await readBundle(await crafted((e) => [...e, honest('__proto__', data)], [{ path: '__proto__', data }]));
    expect(b.files.get('__proto__')).toBe('{"polluted":true}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a name that appears twice', async () => {
    const e = await refusal(await crafted((e) => [...e, honest('report.json', strToU8('{}'))]));
    expect(e.reason).toBe('duplicate-entry');
    expect(e.detail).toBe('report.json');
  });

  it('refuses a directory of thousands of entries before reading them', async () => {
    const e = await refusal(await crafted((e) => [...e, ...Array.from({ length: 2100 }, (_, i) => honest(`raw/${i}.txt`, new Uint8Array(), 0))]));
    expect(e.reason).toBe('too-many-entries');
  });

  it('judges a 200 MB non-zip by its size and first bytes only', async () => {
    const size = 200 * MiB;
    const src = counting({ size, read: (o, l) => Promise.resolve(new Uint8Array(Math.max(0, Math.min(l, size - o))).fill(0x41)) });
    expect((await refusal(src)).reason).toBe('file-too-large');
    expect(src.bytesRead()).toBe(0);
    await expect(readBundleFrom(src, { limits: { maxFileBytes: 300 * MiB } })).rejects.toMatchObject({ reason: 'not-a-zip' });
    expect(src.bytesRead()).toBe(4);
  });

  it('a 200 MB file on disk is refused with a sentence in every language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    dirs.push(dir);
    const file = join(dir, 'huge.homeline');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * MiB); // sparse: no disk space, no 200 MB in memory
    closeSync(fd);
    const e = await readBundleFile(file).then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(BundleError);
    const reason = (e as BundleError).reason satisfies BundleErrorReason;
    expect(reason).toBe('file-too-large');
    expect(translator('en').t(`bundle.error.${reason}`, { file: 'huge.homeline', detail: (e as BundleError).detail })).toBe('huge.homeline is larger than 64 MiB; Homeline does not open it.');
    for (const lang of ['de', 'sv'] as const) expect(translator(lang).t(`bundle.error.${reason}`, { file: 'huge.homeline', detail: '64 MiB' })).toMatch(/^huge\.homeline .*64 MiB/);
  });
});
