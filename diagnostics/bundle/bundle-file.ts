import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { judgeBeforeReading, readBundle, readBundleFrom, type OpenedBundle, type ReadBundleOptions } from './read-bundle.js';
import type { ZipSource } from './zip/zip-source.js';

/** The bundle file itself could not be read (missing, no permission, a folder); the message names it. */
export class BundleReadError extends Error {
  override readonly name = 'BundleReadError';
  constructor(
    readonly file: string,
    /** The system's error code (ENOENT, EACCES, EISDIR…) or message. */
    readonly reason: string,
  ) {
    super(`Cannot read the bundle ${file}: ${reason}`);
  }
}

/** A bundle read from a file, and the file's exact bytes when asked for (a ticket carries them). */
export interface BundleFile {
  readonly bundle: OpenedBundle;
  readonly fileName: string;
  readonly bytes?: Uint8Array;
}

/**
 * The one way from a bundle file to a checked bundle (CLI, tickets, the app). The file is judged
 * by its size and first bytes, then read only where the zip's directory points; nothing of a
 * 200 MB stray file is loaded. Throws BundleReadError when the file cannot be read and
 * BundleError (reason for the catalog) when it is not a usable bundle.
 */
export async function readBundleFile(path: string, o: ReadBundleOptions & { readonly keepBytes?: boolean } = {}): Promise<BundleFile> {
  let handle: FileHandle;
  let size: number;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw readError(path, e);
  }
  try {
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      size = stat.size;
    } catch (e) {
      throw readError(path, e);
    }
    const source = fileSource(handle, size);
    if (!o.keepBytes) return { bundle: await readBundleFrom(source, o), fileName: basename(path) };
    // The bytes that travel are the bytes checked: read once (within the size cap), then judged.
    await judgeBeforeReading(source, o);
    const bytes = new Uint8Array(await handle.readFile());
    return { bundle: await readBundle(bytes, o), fileName: basename(path), bytes };
  } finally {
    await handle.close();
  }
}

function fileSource(handle: FileHandle, size: number): ZipSource {
  return {
    size,
    read: async (offset, length) => {
      const n = Math.max(0, Math.min(length, size - offset));
      const buffer = new Uint8Array(n);
      let got = 0;
      while (got < n) {
        const { bytesRead } = await handle.read(buffer, got, n - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return got === n ? buffer : buffer.subarray(0, got);
    },
  };
}

const readError = (path: string, e: unknown): BundleReadError => new BundleReadError(path, (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e)));
