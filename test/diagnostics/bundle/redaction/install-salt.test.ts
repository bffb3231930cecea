import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installSalt } from '../../../../diagnostics/bundle/redaction/install-salt.js';

describe('installSalt', () => {
  it('is made once, kept private, and the same on every call', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeline-salt-'));
    const a = await installSalt(dir);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await installSalt(dir)).toBe(a);
    if (process.platform !== 'win32') expect(statSync(join(dir, 'bundle-salt')).mode & 0o077).toBe(0);
  });

  it('differs between installs', async () => {
    expect(await installSalt(mkdtempSync(join(tmpdir(), 'homeline-salt-')))).not.toBe(await installSalt(mkdtempSync(join(tmpdir(), 'homeline-salt-'))));
  });

  it('replaces a damaged salt file instead of failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'homeline-salt-'));
    writeFileSync(join(dir, 'bundle-salt'), 'garbage');
    const salt = await installSalt(dir);
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(dir, 'bundle-salt'), 'utf8').trim()).toBe(salt);
  });

  it('lives in the per-user data folder by default (HOMELINE_HOME in tests)', async () => {
    const salt = await installSalt();
    expect(readFileSync(join(process.env.HOMELINE_HOME ?? '', 'bundle-salt'), 'utf8').trim()).toBe(salt);
  });
});
