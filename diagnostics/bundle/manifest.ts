import { z } from 'zod';

/** What a bundle's manifest calls the format; a zip without it is not ours. */
export const BUNDLE_FORMAT = 'homeline-bundle';
/** The format version this Homeline writes and the newest it reads. */
export const BUNDLE_FORMAT_VERSION = 1;
/** The file extension of a diagnostic bundle. */
export const BUNDLE_EXTENSION = '.homeline';

/** Fixed entry names of the layout (raw outputs go under `raw/`). */
export const ENTRY = { manifest: 'manifest.json', report: 'report.json', html: 'report.html', history: 'history.json', rawDir: 'raw/' } as const;

export const bundleEntrySchema = z.object({
  path: z.string().min(1),
  mediaType: z.string(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
/** One file in a bundle, with the hash the reader checks. */
export type BundleManifestEntry = z.infer<typeof bundleEntrySchema>;

export const redactionRecordSchema = z.object({
  level: z.enum(['standard', 'strict', 'off']),
  ssid: z.enum(['keep', 'hash']),
  /** `per-install`: hashes are keyed with this install's secret salt (comparable across its bundles). */
  salt: z.enum(['per-install', 'none']),
  /** What was done, one short rule name each ("ipv4-public-/24", "identity-masked", …). */
  rules: z.array(z.string()),
  /** How many values of each kind were replaced. */
  replaced: z.object({
    hardwareIds: z.number().int().nonnegative(),
    ipv4: z.number().int().nonnegative(),
    ipv6: z.number().int().nonnegative(),
    identity: z.number().int().nonnegative(),
    ssids: z.number().int().nonnegative(),
  }),
});
/** The manifest's account of the redaction applied before the bundle was written. */
export type RedactionRecord = z.infer<typeof redactionRecordSchema>;

export const bundleManifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  createdAt: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string() }),
  os: z.object({ platform: z.string(), release: z.string(), arch: z.string() }),
  redaction: redactionRecordSchema,
  entries: z.array(bundleEntrySchema),
});
/** `manifest.json`: what the bundle is, who wrote it, what was redacted, and every entry's hash. */
export type BundleManifest = z.infer<typeof bundleManifestSchema>;
