/**
 * Where a zip's bytes come from: memory, a file, a browser File. The reader asks only for the
 * ranges it needs (the tail, the central directory, one chunk of one entry at a time), so a huge or
 * hostile file is judged without being loaded whole.
 */
export interface ZipSource {
  /** The file's size in bytes. */
  readonly size: number;
  /** `length` bytes from `offset`; fewer only at the end of the file. */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** Bytes already in memory (views into them, no copies). */
export function bytesSource(bytes: Uint8Array): ZipSource {
  return { size: bytes.length, read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)) };
}

/** A browser Blob or File, read by slices. */
export function blobSource(blob: Blob): ZipSource {
  return { size: blob.size, read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()) };
}
