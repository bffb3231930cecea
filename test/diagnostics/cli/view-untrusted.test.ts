import { closeSync, ftruncateSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../diagnostics/cli/main.js';
import { bundleEntries, honest, preparedOf, rawZip, forgedHtmlBundle } from '../../support/hostile-zip.js';
import { emptyReport } from '../bundle/bundle-test-kit.js';

// `view` shows what Homeline renders from the validated report, never what the bundle carries:
// a report.html replaced together with its manifest hash is not written by --html, terminal output
// has no control characters from bundle values, and a crafted zip gets its sentence, not a stack.

const FORGED = '<!DOCTYPE html><script>fetch("http://127.0.0.1:9/leak")</script><p>FORGED REPORT</p>';
const capture = () => {
  const out = { stdout: '', stderr: '' };
  return { out, io: { stdout: (s: string) => void (out.stdout += s), stderr: (s: string) => void (out.stderr += s) } };
};
const dir = mkdtempSync(join(tmpdir(), 'homeline-view-untrusted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('view of a bundle from a stranger', () => {
  it('--html renders afresh from report.json and never writes the bundle’s own report.html', async () => {
    const file = join(dir, 'forged.homeline');
    writeFileSync(file, await forgedHtmlBundle(emptyReport({ verdict: { segment: 'isp', headline: 'Loss beyond the router', summary: 'The provider.' } }), FORGED));
    const html = join(dir, 'out.html');
    const { out, io } = capture();
    expect(await main(['view', file, '--html', html, '--lang', 'en'], io)).toBe(0);
    const written = readFileSync(html, 'utf8');
    expect(written).not.toContain('FORGED');
    expect(written).not.toMatch(/<script/i);
    expect(written).toContain('Loss beyond the router');
    expect(written).toContain("default-src 'none'");
    expect(out.stderr).toBe('');
  });

  it('prints bundle values without control characters', async () => {
    const headline = 'Fine\u001b[2J\u001b]0;pwned\u0007\u009b31m\rhidden';
    const file = join(dir, 'escapes.homeline');
    writeFileSync(file, await forgedHtmlBundle(emptyReport({ verdict: { segment: 'isp', headline, summary: 'x' } }), '<p>x</p>'));
    const { out, io } = capture();
    expect(await main(['view', file, '--lang', 'en'], io)).toBe(0);
    expect(out.stdout).toContain('Fine[2J]0;pwned31mhidden');
    expect(out.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const preview = capture();
    expect(await main(['bundle', 'preview', file, '--lang', 'en'], preview.io)).toBe(0);
    expect(preview.out.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  for (const name of ['constructor', '__proto__']) {
    it(`a bundle listing a missing ${name} gets a sentence and exit 2, not an internal error`, async () => {
      const { manifest, rest } = await bundleEntries(await preparedOf(emptyReport()), [{ path: name, data: strToU8('{}') }]);
      const file = join(dir, `${name}.homeline`);
      writeFileSync(file, rawZip([honest('manifest.json', manifest), ...rest]));
      const { out, io } = capture();
      expect(await main(['view', file, '--lang', 'de'], io)).toBe(2);
      expect(out.stderr).toBe(`In ${file} fehlt ${name}, obwohl das Manifest es aufführt.\n`);
    });
  }

  it('a 200 MB file that is not a bundle is refused by its size', async () => {
    const file = join(dir, 'disk.img');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse
    closeSync(fd);
    const { out, io } = capture();
    expect(await main(['view', file, '--lang', 'sv'], io)).toBe(2);
    expect(out.stderr).toBe(`${file} är större än 64 MiB; Homeline öppnar den inte.\n`);
  });
});
