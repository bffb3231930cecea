import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { BundleError } from '../../../diagnostics/bundle/bundle-error.js';
import { webSha256, type Sha256 } from '../../../diagnostics/bundle/digest.js';
import { readBundle, type OpenedBundle } from '../../../diagnostics/bundle/read-bundle.js';
import type { Texts } from '../i18n/texts.js';

/**
 * SHA-256 for checking a bundle's entries. Browsers hide web crypto outside secure contexts, and
 * a viewer served from a plain-http intranet server is one; there a small audited JS
 * implementation does the same job (slower, but bundles are small).
 */
export function pickSha256(subtle: unknown): Sha256 {
  return subtle ? webSha256 : (bytes) => bytesToHex(sha256(bytes));
}

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

/** Reads and checks a chosen or dropped file; throws what readBundle throws (a BundleError). */
export async function openBundleFile(file: File): Promise<ShownBundle> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { fileName: file.name, bundle: await readBundle(bytes, { sha256: pickSha256(globalThis.crypto?.subtle) }) };
}
