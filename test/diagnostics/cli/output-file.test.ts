import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cannotWrite, writeOrKeep, writeOutputFile } from '../../../diagnostics/cli/output-file.js';
import { translator } from '../../../diagnostics/i18n/translator.js';

const en = translator('en');

function capture() {
  let stderr = '';
  return { io: { stderr: (s: string) => void (stderr += s) }, text: () => stderr };
}

describe('output files', () => {
  it('names a missing folder before any work, in each language', async () => {
    expect(await cannotWrite('/nonexistent/x.json', en)).toBe('Cannot write /nonexistent/x.json: the folder does not exist. Nothing was run; choose another file.');
    expect(await cannotWrite('/nonexistent/x.json', translator('de'))).toBe('/nonexistent/x.json kann nicht geschrieben werden: der Ordner existiert nicht. Es wurde nichts ausgeführt; wählen Sie eine andere Datei.');
    expect(await cannotWrite('/nonexistent/x.json', translator('sv'))).toContain('mappen finns inte');
  });

  it('names a folder in the way and a path through a file, and passes a writable path or a device', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hl-out-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'plain'), '');
    expect(await cannotWrite(join(dir, 'sub'), en)).toContain('it is a folder');
    expect(await cannotWrite(join(dir, 'plain', 'x.json'), en)).toContain('a part of the path is not a folder');
    expect(await cannotWrite(join(dir, 'new.json'), en)).toBeUndefined();
    expect(await cannotWrite('/dev/null', en)).toBeUndefined();
  });

  it('a failed write names the path and the reason, keeps the output in the temporary folder and says where', async () => {
    const { io, text } = capture();
    expect(await writeOrKeep('/nonexistent/x.json', '{"kept":true}\n', en, io)).toBe(false);
    const lines = text().trim().split('\n');
    expect(lines[0]).toBe('Could not write /nonexistent/x.json: the folder does not exist.');
    const kept = /^Nothing is lost: the output was saved to (.+) instead\.$/.exec(lines[1] ?? '')?.[1];
    expect(kept).toBeDefined();
    expect(kept!.startsWith(tmpdir())).toBe(true);
    expect(kept!.endsWith('-x.json')).toBe(true);
    expect(readFileSync(kept!, 'utf8')).toBe('{"kept":true}\n');
  });

  it('a full disk (/dev/full) is named as such', async () => {
    const { io, text } = capture();
    expect(await writeOrKeep('/dev/full', 'x', en, io)).toBe(false);
    expect(text()).toContain('Could not write /dev/full: the disk is full.');
  });

  it('writes through a symbolic link to its file, and to a device without replacing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hl-out-'));
    writeFileSync(join(dir, 'real.json'), 'old');
    symlinkSync(join(dir, 'real.json'), join(dir, 'link.json'));
    await writeOutputFile(join(dir, 'link.json'), 'new');
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('new');
    expect(statSync(join(dir, 'link.json'), { throwIfNoEntry: true }).isFile()).toBe(true);
    await writeOutputFile('/dev/null', 'discarded');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });
});
