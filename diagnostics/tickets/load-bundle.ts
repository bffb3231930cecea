import { readBundleFile } from '../bundle/bundle-file.js';
import type { Report } from '../schema/report.js';

export { BundleReadError } from '../bundle/bundle-file.js';

/** A bundle ready to travel: its report (for the ticket fields) and its exact bytes. */
export interface LoadedBundle {
  readonly report: Report;
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

/**
 * Turns a bundle file into what a ticket needs. The bundle reader checks it completely (size,
 * zip, manifest, checksums, report schema) and throws its BundleError, with a reason the CLI
 * translates, or BundleReadError for a file it cannot read; the ticket then carries the file's
 * bytes unchanged.
 */
export async function loadBundle(file: string): Promise<LoadedBundle> {
  const { bundle, bytes, fileName } = await readBundleFile(file, { keepBytes: true });
  if (!bytes) throw new Error('readBundleFile kept no bytes');
  return { report: bundle.report, bytes, fileName };
}
