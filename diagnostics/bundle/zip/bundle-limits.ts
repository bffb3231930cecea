const MiB = 1024 * 1024;

/**
 * What the reader spends on one bundle at most. Real bundles are a few hundred KiB and a few dozen
 * entries (the extreme benchmark: 200 raw outputs of 64 KiB, about 13 MiB unpacked), so these
 * leave room while keeping a crafted file from costing minutes or gigabytes.
 */
export interface BundleLimits {
  /** The largest file that is looked at beyond its first bytes. */
  readonly maxFileBytes: number;
  /** Total bytes all entries may unpack to, counted while inflating. */
  readonly maxUnpackedBytes: number;
  /** How many entries the central directory may list. */
  readonly maxEntries: number;
}

export const DEFAULT_BUNDLE_LIMITS: BundleLimits = { maxFileBytes: 64 * MiB, maxUnpackedBytes: 64 * MiB, maxEntries: 2000 };

/** A size for people: "64 MiB", "512 KiB". */
export function sizeText(bytes: number): string {
  return bytes >= MiB ? `${Math.round(bytes / MiB)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
