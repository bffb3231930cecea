import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { webSha256, type Sha256 } from '../../../diagnostics/bundle/digest.js';

/**
 * SHA-256 for checking a bundle's entries. Browsers hide web crypto outside secure contexts, and
 * a viewer served from a plain-http intranet server is one; there a small audited JS
 * implementation does the same job (slower, but bundles are small).
 */
export function pickSha256(subtle: unknown): Sha256 {
  return subtle ? webSha256 : (bytes) => bytesToHex(sha256(bytes));
}
