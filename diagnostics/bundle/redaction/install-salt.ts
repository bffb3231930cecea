import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { homelineDataDir } from '../../platform/app-dirs.js';
import { currentOs } from '../../platform/os-kind.js';

const FILE = 'bundle-salt';
const VALID = /^[0-9a-f]{64}$/;

/**
 * The secret key of this install's redaction hashes, created on first use under the data folder.
 *
 * Why per install and not per bundle: a help desk comparing two bundles from one user needs to see
 * that it is the same router (same hashed BSSID) or a different one; a fresh salt per bundle
 * would hide that. It never leaves the machine, so nobody can reverse a hash by trying every MAC,
 * and bundles from different installs cannot be linked to each other. Deleting the file starts a
 * new, unlinkable series.
 */
export async function installSalt(dir: string = homelineDataDir(currentOs() ?? 'linux')): Promise<string> {
  const file = join(dir, FILE);
  const existing = await readSalt(file);
  if (existing) return existing;
  await mkdir(dir, { recursive: true });
  const salt = randomBytes(32).toString('hex');
  try {
    await writeFile(file, `${salt}\n`, { mode: 0o600, flag: 'wx' });
    return salt;
  } catch (e) {
    // Another process created it first: use theirs, so both bundles hash alike.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      const theirs = await readSalt(file);
      if (theirs) return theirs;
      // A damaged salt file: replace it (old bundles simply stop matching new ones).
      await writeFile(file, `${salt}\n`, { mode: 0o600 });
      return salt;
    }
    throw e;
  }
}

async function readSalt(file: string): Promise<string | undefined> {
  try {
    const text = (await readFile(file, 'utf8')).trim();
    return VALID.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}
