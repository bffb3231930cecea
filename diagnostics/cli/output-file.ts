import { access, constants, realpath, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Translator } from '../i18n/translator.js';
import { writeFileAtomic } from '../platform/atomic-write.js';
import type { CommandIo } from './command-io.js';

/**
 * Files the CLI writes on request (--json FILE, --out FILE, --html FILE, --bundle FILE): written
 * atomically, so a crash or a full disk never leaves half a report where the old one was; a
 * failure is one sentence naming the path and the reason, and the output is kept elsewhere.
 */

/** Writes `data` to `file` the atomic way; a device or pipe (/dev/stdout, `>(jq .)`) is written straight to. */
export async function writeOutputFile(file: string, data: string | Uint8Array): Promise<void> {
  const existing = await stat(file).catch(() => undefined);
  if (existing && !existing.isFile() && !existing.isDirectory()) return writeFile(file, data);
  // Through a symbolic link to the file it names: the rename must replace the file, not the link.
  const target = existing ? await realpath(file) : file;
  await writeFileAtomic(target, data, { mode: 0o666 });
}

/** Why a write failed, in a few words of the reader's language. */
export function writeReason(e: unknown, t: Translator): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  const key: Readonly<Record<string, string>> = {
    ENOENT: 'noFolder',
    ENOTDIR: 'notFolder',
    EACCES: 'denied',
    EPERM: 'denied',
    EROFS: 'readOnly',
    EISDIR: 'isFolder',
    ENOSPC: 'full',
    EDQUOT: 'full',
  };
  const known = code !== undefined ? key[code] : undefined;
  if (known) return t.t(`door.write.reason.${known}`);
  return code ?? (e instanceof Error ? e.message : String(e));
}

/**
 * Why `file` cannot be written, known before any work is done (a missing folder, a folder in
 * the way, no permission), as one sentence; undefined when it looks writable. A check is then
 * not run at all, instead of running for a minute and failing at the end.
 */
export async function cannotWrite(file: string, t: Translator): Promise<string | undefined> {
  try {
    const existing = await stat(file).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw e;
    });
    if (existing?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (existing && !existing.isFile()) return undefined;
    const dir = dirname(file);
    if (!(await stat(dir)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await access(dir, constants.W_OK);
    if (existing) await access(file, constants.W_OK);
    return undefined;
  } catch (e) {
    return t.t('door.write.before', { file, reason: writeReason(e, t) });
  }
}

/**
 * Writes an output file; when that fails, says so (path and reason) on stderr and keeps the
 * output in the temporary folder, naming where. Returns whether `file` was written: the caller
 * exits non-zero when it was not, but has already printed or kept everything else.
 */
export async function writeOrKeep(file: string, data: string | Uint8Array, t: Translator, io: Pick<CommandIo, 'stderr'>): Promise<boolean> {
  try {
    await writeOutputFile(file, data);
    return true;
  } catch (e) {
    io.stderr(`${t.t('door.write.failed', { file, reason: writeReason(e, t) })}\n`);
    const keep = join(tmpdir(), `homeline-${new Date().toISOString().replace(/[:.]/g, '-')}-${basename(file)}`);
    try {
      await writeFileAtomic(keep, data);
      io.stderr(`${t.t('door.write.keptAt', { file: keep })}\n`);
    } catch (e2) {
      io.stderr(`${t.t('door.write.notKept', { reason: writeReason(e2, t) })}\n`);
    }
    return false;
  }
}
