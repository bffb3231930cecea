import { open } from 'node:fs/promises';

/**
 * The most a profile or policy file may hold. A real one is a few kilobytes (50 targets per list
 * fit in well under 100 kB); 1 MiB leaves room for comments and long lists while a 50 MB file is
 * refused before it is read, parsed or checked.
 */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** A file larger than the caller reads: refused without reading it. */
export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';
  constructor(
    readonly file: string,
    /** The size seen, or more than `max` when the file grew while it was read. */
    readonly size: number,
    readonly max: number,
  ) {
    super(`${file}: ${size} bytes, more than ${max}`);
  }
}

/**
 * Reads a whole file of at most `max` bytes. The size is checked before reading, and the read
 * stops one byte past `max`, so a file that grows meanwhile or a device without a size
 * (/dev/zero) is refused too, never loaded whole. Other errors (ENOENT, EACCES) pass through.
 */
export async function readCapped(file: string, max: number = MAX_CONFIG_BYTES): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > max) throw new FileTooLargeError(file, size, max);
    const buf = Buffer.alloc(max + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, total, buf.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > max) throw new FileTooLargeError(file, total, max);
    }
    return buf.subarray(0, total);
  } finally {
    await handle.close();
  }
}

/** UTF-8 text without the byte-order mark that Windows editors put first (JSON.parse rejects it). */
export function utf8WithoutBom(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '');
}
