import { unzipSync, type Unzipped } from 'fflate';
import { reportSchema, type Report } from '../schema/report.js';
import { BundleError } from './bundle-error.js';
import { webSha256, type Sha256 } from './digest.js';
import { historySchema, type HistoryRow } from './history-row.js';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, bundleManifestSchema, ENTRY, type BundleManifest } from './manifest.js';

/** A bundle that passed every check. */
export interface OpenedBundle {
  readonly manifest: BundleManifest;
  readonly report: Report;
  readonly html: string;
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
}

const MiB = 1024 * 1024;

/**
 * Opens a `.homeline` bundle from its bytes and checks it: a zip, ours, a version we read, a
 * valid manifest, every listed entry present with its hash, nothing unlisted, a valid report.
 * Anything else throws a BundleError naming the reason. No Node APIs: a browser viewer reuses it.
 */
export async function readBundle(bytes: Uint8Array, o: ReadBundleOptions = {}): Promise<OpenedBundle> {
  const files = unpack(bytes, o.maxUnpackedBytes ?? 64 * MiB);
  const manifestBytes = files[ENTRY.manifest];
  if (!manifestBytes) throw new BundleError('foreign', 'This zip file is not a Homeline bundle: it has no manifest.json.');
  const manifest = parseManifest(decode(manifestBytes, ENTRY.manifest));
  const sha256 = o.sha256 ?? webSha256;
  const texts = new Map<string, string>([[ENTRY.manifest, decode(manifestBytes, ENTRY.manifest)]]);
  for (const entry of manifest.entries) {
    const data = files[entry.path];
    if (!data) throw new BundleError('missing-entry', `The bundle lacks ${entry.path}, which its manifest lists.`, entry.path);
    if ((await sha256(data)) !== entry.sha256 || data.length !== entry.bytes) {
      throw new BundleError('hash-mismatch', `${entry.path} does not match the checksum in the manifest: the bundle was changed after it was written.`, entry.path);
    }
    texts.set(entry.path, decode(data, entry.path));
  }
  for (const path of Object.keys(files)) {
    if (!texts.has(path) && !path.endsWith('/')) {
      throw new BundleError('unexpected-entry', `The bundle holds ${path}, which its manifest does not list.`, path);
    }
  }
  return {
    manifest,
    report: parseReport(texts.get(ENTRY.report)),
    html: required(texts, ENTRY.html),
    raw: [...texts].filter(([p]) => p.startsWith(ENTRY.rawDir)).map(([path, text]) => ({ path, text })),
    history: parseHistory(texts.get(ENTRY.history)),
    files: texts,
  };
}

/** Unzips, telling a non-zip, a cut-off file and damaged data apart. */
function unpack(bytes: Uint8Array, limit: number): Unzipped {
  const startsLikeZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
  if (!startsLikeZip) throw new BundleError('not-a-zip', 'The file is not a Homeline bundle: it is not a zip file.');
  if (!hasEndRecord(bytes)) {
    throw new BundleError('truncated', 'The bundle is incomplete: the end of the zip file is missing (the file was cut off while copying or downloading).');
  }
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (total > limit) throw new BundleError('too-large', `The bundle unpacks to more than ${limit} bytes.`, `${Math.round(limit / MiB)} MiB`);
        return true;
      },
    });
  } catch (e) {
    if (e instanceof BundleError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new BundleError('corrupt', `The bundle is damaged and cannot be unpacked (${why}).`, why);
  }
}

/** Whether the zip's end-of-central-directory record is there (it is the last thing written). */
function hasEndRecord(b: Uint8Array): boolean {
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 5 && b[i + 3] === 6) {
      const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
      const cdSize = view.getUint32(i + 12, true);
      const cdOffset = view.getUint32(i + 16, true);
      return cdOffset + cdSize <= i;
    }
  }
  return false;
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
