import { randomBytes } from 'node:crypto';
import { link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** How to create the file: its permission bits before the umask. */
export interface AtomicWriteOptions {
  /** 0o600 (the default) for the outbox and secrets, which hold users' diagnostics; 0o666 for a file the user asked for. */
  readonly mode?: number;
}

/**
 * Writes a file so that a crash leaves either the old or the new content, never half of one:
 * a temporary file in the same folder, flushed to disk, renamed over the target, and the folder
 * flushed so the rename itself survives a power cut (not possible on Windows, where rename is
 * already durable enough for NTFS's journal). The one helper for every file Homeline writes
 * (outbox, settings, reports, bundles, call kits); a failed write leaves no temporary file.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const tmp = await flushedTemp(file, data, options.mode);
  try {
    await rename(tmp, file);
  } catch (e) {
    // The target is a folder, or vanished with its folder: the copy must not stay behind.
    await rm(tmp, { force: true });
    throw e;
  }
  await syncDir(dirname(file));
}

/**
 * Like writeFileAtomic, but only if the file does not exist yet: returns false, writing nothing,
 * when it does. The temporary file is hard-linked into place, which fails when the name is taken,
 * so of two processes creating the same file at once exactly one succeeds.
 */
export async function createFileAtomic(file: string, data: string | Uint8Array): Promise<boolean> {
  const tmp = await flushedTemp(file, data);
  try {
    await link(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await rm(tmp, { force: true });
  }
  await syncDir(dirname(file));
  return true;
}

async function flushedTemp(file: string, data: string | Uint8Array, mode = 0o600): Promise<string> {
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  return tmp;
}

async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
