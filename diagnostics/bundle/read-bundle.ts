import { reportSchema, type Report } from '../schema/report.js';
import { BundleError } from './bundle-error.js';
import { webSha256, type Sha256 } from './digest.js';
import { historySchema, type HistoryRow } from './history-row.js';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, bundleManifestSchema, ENTRY, type BundleManifest } from './manifest.js';
import { DEFAULT_BUNDLE_LIMITS, sizeText, type BundleLimits } from './zip/bundle-limits.js';
import { inflateEntry, type UnpackBudget } from './zip/inflate-entry.js';
import { checkZipSignature, readZipDirectory, type ZipEntry } from './zip/zip-directory.js';
import { bytesSource, type ZipSource } from './zip/zip-source.js';

/**
 * A bundle that passed every check. Its own `report.html` is deliberately not handed out: whoever
 * made the file could have written anything there (bundles are not signed), so everything Homeline
 * shows is rendered afresh from the validated report; that file is for people without Homeline.
 */
export interface OpenedBundle {
  readonly manifest: BundleManifest;
  readonly report: Report;
  /** The raw command outputs, as their `raw/…` files hold them. */
  readonly raw: readonly { readonly path: string; readonly text: string }[];
  readonly history: readonly HistoryRow[];
  /** Every entry's text by path (manifest.json included), for a viewer that shows them all. */
  readonly files: ReadonlyMap<string, string>;
}

export interface ReadBundleOptions {
  /** SHA-256 to check entries with; default web crypto (Node, Electron, browsers). */
  readonly sha256?: Sha256;
  /** Refuse bundles that unpack to more than this (a zip bomb); default 64 MiB. */
  readonly maxUnpackedBytes?: number;
  /** Other limits than the defaults (file size, entries, unpacked bytes). */
  readonly limits?: Partial<BundleLimits>;
  /** Runs between inflated chunks; a page passes a yield so it stays responsive. */
  readonly pause?: () => Promise<void>;
}

/**
 * Opens a `.homeline` bundle from its bytes and checks it: a zip, ours, a version we read, a
 * valid manifest, every listed entry present with its hash, nothing unlisted, a valid report.
 * Anything else throws a BundleError naming the reason. No Node APIs: a browser viewer reuses it.
 */
export function readBundle(bytes: Uint8Array, o: ReadBundleOptions = {}): Promise<OpenedBundle> {
  return readBundleFrom(bytesSource(bytes), o);
}

/**
 * The same from any source of bytes (a file, a browser File), reading only what it needs: the
 * size and first bytes are judged before anything else is read, and the work is bounded by the
 * limits whatever the file claims (see zip/).
 */
export async function readBundleFrom(src: ZipSource, o: ReadBundleOptions = {}): Promise<OpenedBundle> {
  const limits = await judgeBeforeReading(src, o);
  const zip = await readZipDirectory(src, limits);
  const budget: UnpackBudget = { used: 0 };
  const unpack = (entry: ZipEntry): Promise<Uint8Array> => inflateEntry(src, entry, limits, budget, o.pause);
  const manifestEntry = zip.get(ENTRY.manifest);
  if (!manifestEntry) throw new BundleError('foreign', 'This zip file is not a Homeline bundle: it has no manifest.json.');
  const manifestText = decode(await unpack(manifestEntry), ENTRY.manifest);
  const manifest = parseManifest(manifestText);
  const listed = new Set<string>([ENTRY.manifest, ...manifest.entries.map((e) => e.path)]);
  // Before inflating anything else: a name the manifest does not list is refused, whatever it is.
  for (const [path, entry] of zip) {
    if (!listed.has(path) && !(path.endsWith('/') && entry.size === 0)) {
      throw new BundleError('unexpected-entry', `The bundle holds ${path}, which its manifest does not list.`, path);
    }
  }
  const sha256 = o.sha256 ?? webSha256;
  const texts = new Map<string, string>([[ENTRY.manifest, manifestText]]);
  for (const listedEntry of manifest.entries) {
    const entry = zip.get(listedEntry.path);
    if (!entry) throw new BundleError('missing-entry', `The bundle lacks ${listedEntry.path}, which its manifest lists.`, listedEntry.path);
    const data = await unpack(entry);
    if (data.length !== listedEntry.bytes || (await sha256(data)) !== listedEntry.sha256) {
      throw new BundleError('hash-mismatch', `${listedEntry.path} does not match the checksum in the manifest: the bundle was changed after it was written.`, listedEntry.path);
    }
    texts.set(listedEntry.path, decode(data, listedEntry.path));
  }
  required(texts, ENTRY.html);
  return {
    manifest,
    report: parseReport(texts.get(ENTRY.report)),
    raw: [...texts].filter(([p]) => p.startsWith(ENTRY.rawDir)).map(([path, text]) => ({ path, text })),
    history: parseHistory(texts.get(ENTRY.history)),
    files: texts,
  };
}

/** The file's size against the cap and its first bytes against a zip's: all that is read of a stray file. */
export async function judgeBeforeReading(src: ZipSource, o: ReadBundleOptions = {}): Promise<BundleLimits> {
  const limits: BundleLimits = { ...DEFAULT_BUNDLE_LIMITS, ...(o.maxUnpackedBytes ? { maxUnpackedBytes: o.maxUnpackedBytes } : {}), ...o.limits };
  if (src.size > limits.maxFileBytes) {
    throw new BundleError('file-too-large', `The file is ${src.size} bytes; Homeline opens bundles of at most ${limits.maxFileBytes} bytes.`, sizeText(limits.maxFileBytes));
  }
  await checkZipSignature(src);
  return limits;
}

function decode(bytes: Uint8Array, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BundleError('corrupt', `${path} in the bundle is not UTF-8 text.`, path);
  }
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new BundleError(path === ENTRY.manifest ? 'invalid-manifest' : 'invalid-report', `${path} is not valid JSON (${e instanceof Error ? e.message : String(e)}).`, path);
  }
}

function parseManifest(text: string): BundleManifest {
  const json = parseJson(text, ENTRY.manifest);
  const head = (json ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format !== BUNDLE_FORMAT) throw new BundleError('foreign', `This zip file is not a Homeline bundle (its manifest names the format ${JSON.stringify(head.format)}).`);
  if (typeof head.formatVersion === 'number' && head.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw new BundleError('newer-version', `The bundle has format version ${head.formatVersion}; this Homeline reads up to version ${BUNDLE_FORMAT_VERSION}.`, `format ${head.formatVersion}`);
  }
  const parsed = bundleManifestSchema.safeParse(json);
  if (!parsed.success) throw new BundleError('invalid-manifest', `manifest.json is not valid: ${firstIssue(parsed.error.issues)}.`, firstIssue(parsed.error.issues));
  return parsed.data;
}

function parseReport(text: string | undefined): Report {
  if (text === undefined) throw new BundleError('missing-entry', `The bundle has no ${ENTRY.report}.`, ENTRY.report);
  const json = parseJson(text, ENTRY.report);
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > 1) {
    throw new BundleError('newer-version', `The report has schema version ${version}; this Homeline reads version 1.`, `report ${version}`);
  }
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) throw new BundleError('invalid-report', `report.json is not a valid report: ${firstIssue(parsed.error.issues)}.`, firstIssue(parsed.error.issues));
  return parsed.data;
}

function parseHistory(text: string | undefined): HistoryRow[] {
  if (text === undefined) return [];
  const parsed = historySchema.safeParse(parseJson(text, ENTRY.history));
  if (!parsed.success) throw new BundleError('invalid-report', `history.json is not valid: ${firstIssue(parsed.error.issues)}.`, firstIssue(parsed.error.issues));
  return parsed.data;
}

function required(texts: ReadonlyMap<string, string>, path: string): string {
  const text = texts.get(path);
  if (text === undefined) throw new BundleError('missing-entry', `The bundle has no ${path}.`, path);
  return text;
}

const firstIssue = (issues: readonly { path: readonly PropertyKey[]; message: string }[]): string => {
  const i = issues[0];
  return i ? `${i.path.map(String).join('.') || '(root)'}: ${i.message}` : 'unknown problem';
};
