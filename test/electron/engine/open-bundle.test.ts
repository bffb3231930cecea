import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareLocalBundle } from '../../../diagnostics/bundle/local-bundle.js';
import { zipBundle } from '../../../diagnostics/bundle/zip-bundle.js';
import { createAppCore } from '../../../electron/engine/app-core.js';
import type { ChosenFile } from '../../../electron/engine/open-bundle.js';
import type { ResponseOf } from '../../../electron/ipc/contract.js';
import { dispatch } from '../../../electron/ipc/dispatch.js';
import { healthyReport, ispLossReport } from '../support/reports.js';

const core = (openFile?: () => Promise<ChosenFile | null>) =>
  createAppCore({ engine: () => healthyReport(), systemLang: 'de', transport: 'browser', openExternal: () => Promise.resolve(false), ...(openFile ? { openFile } : {}) });

const bundleBytes = async () => zipBundle(await prepareLocalBundle(await ispLossReport()));
const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');

describe('bundle.open: a support agent opens a .homeline file', () => {
  it('an uploaded bundle answers its report and level', async () => {
    const r = await dispatch(core().handlers, 'bundle.open', { upload: { fileName: 'user.homeline', base64: b64(await bundleBytes()) } });
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as ResponseOf<'bundle.open'>;
    expect(v).toMatchObject({ available: true, opened: { fileName: 'user.homeline', level: 'degraded', report: { verdict: { segment: 'isp' } } } });
  });

  it('the desktop dialog: the chosen file opens, a cancelled dialog answers null', async () => {
    const bytes = await bundleBytes();
    const chosen = await dispatch(core(() => Promise.resolve({ name: 'a.homeline', bytes })).handlers, 'bundle.open', {});
    expect(chosen).toMatchObject({ ok: true, value: { opened: { fileName: 'a.homeline' } } });
    expect(await dispatch(core(() => Promise.resolve(null)).handlers, 'bundle.open', {})).toEqual({ ok: true, value: { available: true, opened: null } });
  });

  it('the desktop dialog hands a path: a bundle opens, a 200 MB stray file is refused by its size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'open-bundle-'));
    try {
      const good = join(dir, 'good.homeline');
      writeFileSync(good, await bundleBytes());
      expect(await dispatch(core(() => Promise.resolve({ name: 'good.homeline', path: good })).handlers, 'bundle.open', {})).toMatchObject({
        ok: true, value: { opened: { fileName: 'good.homeline', level: 'degraded' } },
      });
      const huge = join(dir, 'disk.img');
      const fd = openSync(huge, 'w');
      ftruncateSync(fd, 200 * 1024 * 1024); // sparse
      closeSync(fd);
      const r = await dispatch(core(() => Promise.resolve({ name: 'disk.img', path: huge })).handlers, 'bundle.open', {});
      expect(r).toMatchObject({ ok: false, error: { message: 'disk.img ist größer als 64 MiB; Homeline öffnet es nicht.' } });
      const missing = await dispatch(core(() => Promise.resolve({ name: 'gone.homeline', path: join(dir, 'gone.homeline') })).handlers, 'bundle.open', {});
      expect(missing).toMatchObject({ ok: false, error: { message: expect.stringMatching(/gone\.homeline.*ENOENT/) } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a changed or foreign file fails with a sentence in the UI language naming it', async () => {
    const bytes = await bundleBytes();
    const tampered = Uint8Array.from(bytes);
    // Flip a byte in the middle: an entry no longer matches its checksum (or no longer unpacks).
    tampered[Math.floor(tampered.length / 2)]! ^= 0xff;
    const r1 = await dispatch(core().handlers, 'bundle.open', { upload: { fileName: 'x.homeline', base64: b64(tampered) } });
    expect(r1).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringContaining('x.homeline') } });
    const r2 = await dispatch(core().handlers, 'bundle.open', { upload: { fileName: 'notes.txt', base64: b64(new TextEncoder().encode('hello')) } });
    // German (the system language here): "…ist kein Homeline-Bundle…" names the file.
    expect(r2).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^notes\.txt /) } });
    if (!r2.ok) expect(r2.error.message).not.toMatch(/is not a Homeline bundle/);
  });

  it('the browser transport without an upload is told to send one', async () => {
    const r = await dispatch(core().handlers, 'bundle.open', {});
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('upload') } });
  });
});
