/** Why a file could not be read as a bundle; each has a translated sentence for the user. */
export const BUNDLE_ERROR_REASONS = [
  'not-a-zip',
  'truncated',
  'corrupt',
  'foreign',
  'newer-version',
  'invalid-manifest',
  'missing-entry',
  'unexpected-entry',
  'hash-mismatch',
  'invalid-report',
  'too-large',
  'file-too-large',
  'too-many-entries',
  'overlapping-entries',
  'duplicate-entry',
  'size-mismatch',
] as const;
export type BundleErrorReason = (typeof BUNDLE_ERROR_REASONS)[number];

/**
 * A file that is not a usable bundle. `reason` is for code (and the translated message), `detail`
 * names the entry or value concerned, `message` is one English sentence saying what is wrong.
 */
export class BundleError extends Error {
  override readonly name = 'BundleError';
  constructor(
    readonly reason: BundleErrorReason,
    message: string,
    readonly detail: string = '',
  ) {
    super(message);
  }
}
