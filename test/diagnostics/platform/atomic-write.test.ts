import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../diagnostics/platform/atomic-write.js';

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hl-atomic-'));
    const file = join(dir, 'r.json');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['r.json']);
  });

  it('creates 0600 by default and what the caller asks (before the umask) otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hl-atomic-'));
    await writeFileAtomic(join(dir, 'secret'), 'x');
    expect(statSync(join(dir, 'secret')).mode & 0o777).toBe(0o600);
    await writeFileAtomic(join(dir, 'shared'), 'x', { mode: 0o644 });
    expect(statSync(join(dir, 'shared')).mode & 0o777).toBe(0o644 & ~process.umask());
  });

  it('a failed rename (a folder in the way) throws and leaves the folder as it was, with no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hl-atomic-'));
    mkdirSync(join(dir, 'taken'));
    await expect(writeFileAtomic(join(dir, 'taken'), 'x')).rejects.toMatchObject({ code: 'EISDIR' });
    expect(readdirSync(dir)).toEqual(['taken']);
  });

  it('a missing folder is ENOENT', async () => {
    await expect(writeFileAtomic('/nonexistent/x.json', 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
