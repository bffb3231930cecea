import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readBundle } from '../bundle/read-bundle.js';
import type { Report } from '../schema/report.js';

/** The bundle file itself could not be read (missing, no permission); the message names it. */
export class BundleReadError extends Error {
  override readonly name = 'BundleReadError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`Cannot read the bundle ${file}: ${reason}`);
  }
}

/** A bundle ready to travel: its report (for the ticket fields) and its exact bytes. */
export interface LoadedBundle {
  readonly report: Report;
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

/**
 * Turns a bundle file into what a ticket needs. The bundle reader checks it completely (zip,
 * manifest, checksums, report schema) and throws its BundleError, with a reason the CLI
 * translates; the ticket then carries the file's bytes unchanged.
 */
export async function loadBundle(file: string): Promise<LoadedBundle> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    throw new BundleReadError(file, (e as NodeJS.ErrnoException).code ?? String(e));
  }
  const { report } = await readBundle(bytes);
  return { report, bytes, fileName: basename(file) };
}
