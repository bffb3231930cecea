import { BundleError } from '../../../diagnostics/bundle/bundle-error.js';
import type { OpenedBundle } from '../../../diagnostics/bundle/read-bundle.js';
import type { Texts } from '../i18n/texts.js';
import { readInWorker } from './read-in-worker.js';

/** A bundle the viewer shows, with the name of the file it came from. */
export interface ShownBundle {
  readonly fileName: string;
  readonly bundle: OpenedBundle;
}

/** Why a file could not be shown, in the reader's language. */
export function unreadableMessage(tx: Texts, fileName: string, error: unknown): string {
  if (error instanceof BundleError) return tx.t(`bundle.error.${error.reason}`, { file: fileName, detail: error.detail });
  return tx.t('viewer.unreadable', { file: fileName, message: error instanceof Error ? error.message : String(error) });
}

/**
 * Reads and checks a chosen or dropped file in a worker, with the reader's limits (nothing is
 * loaded whole); throws what readBundle throws (a BundleError).
 */
export async function openBundleFile(file: File): Promise<ShownBundle> {
  return { fileName: file.name, bundle: await readInWorker(file) };
}
