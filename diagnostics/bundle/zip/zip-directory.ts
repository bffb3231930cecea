import { BundleError } from '../bundle-error.js';
import { sizeText, type BundleLimits } from './bundle-limits.js';
import type { ZipSource } from './zip-source.js';

/** One entry as the central directory lists it, with where its data lies in the file. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated (nothing else is read). */
  readonly method: 0 | 8;
  readonly dataStart: number;
  readonly compressedSize: number;
  /** What the entry says it unpacks to; the reader holds it to that. */
  readonly size: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const EOCD_LEN = 22;
const CEN_LEN = 46;
const LOC_LEN = 30;
const MAX_COMMENT = 0xffff;

const corrupt = (why: string): BundleError => new BundleError('corrupt', `The bundle is damaged and cannot be unpacked (${why}).`, why);

/** Whether the first bytes are a zip's: a local file header, or the end record of an empty zip. */
export async function checkZipSignature(src: ZipSource): Promise<void> {
  const head = await src.read(0, 4);
  const zip = head.length === 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && head[3] === head[2] + 1;
  if (!zip) throw new BundleError('not-a-zip', 'The file is not a Homeline bundle: it is not a zip file.');
}

/**
 * Reads the central directory and checks its shape before anything is inflated: every entry's
 * local header and data inside the file and before the directory, no two entries sharing bytes
 * (one stream listed many times is how a small file makes a reader inflate gigabytes), no name
 * twice, no encryption, no zip64, at most `maxEntries` entries and declared sizes within the budget.
 */
export async function readZipDirectory(src: ZipSource, limits: BundleLimits): Promise<Map<string, ZipEntry>> {
  const { cdOffset, cdSize, count } = await findEndRecord(src);
  if (count > limits.maxEntries) {
    throw new BundleError('too-many-entries', `The bundle lists ${count} entries; Homeline reads at most ${limits.maxEntries}.`, String(limits.maxEntries));
  }
  const cd = await src.read(cdOffset, cdSize);
  const view = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
  const names = new TextDecoder('utf-8', { fatal: false });
  const listed: { name: string; method: number; flags: number; compressedSize: number; size: number; localOffset: number }[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + CEN_LEN > cd.length || view.getUint32(at, true) !== CEN_SIG) throw corrupt('central directory entry unreadable');
    const nameLen = view.getUint16(at + 28, true);
    const next = at + CEN_LEN + nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > cd.length) throw corrupt('central directory entry unreadable');
    listed.push({
      name: names.decode(cd.subarray(at + CEN_LEN, at + CEN_LEN + nameLen)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at = next;
  }
  let declared = 0;
  const entries = new Map<string, ZipEntry>();
  const spans: { start: number; end: number; name: string }[] = [];
  for (const e of listed) {
    if (e.flags & 1) throw corrupt(`${e.name} is encrypted`);
    if (e.method !== 0 && e.method !== 8) throw corrupt(`${e.name} uses compression method ${e.method}`);
    if (e.method === 0 && e.compressedSize !== e.size) {
      throw new BundleError('size-mismatch', `${e.name} in the bundle is not the size it declares.`, e.name);
    }
    if (entries.has(e.name)) throw new BundleError('duplicate-entry', `The bundle holds ${e.name} more than once.`, e.name);
    declared += e.size;
    if (declared > limits.maxUnpackedBytes) throw tooLarge(limits);
    const local = await src.read(e.localOffset, LOC_LEN);
    if (local.length < LOC_LEN) throw corrupt(`${e.name} lies outside the file`);
    const lv = new DataView(local.buffer, local.byteOffset, local.byteLength);
    if (lv.getUint32(0, true) !== LOC_SIG) throw corrupt(`${e.name} has no local header`);
    const dataStart = e.localOffset + LOC_LEN + lv.getUint16(26, true) + lv.getUint16(28, true);
    const end = dataStart + e.compressedSize;
    if (end > cdOffset) throw corrupt(`${e.name} lies outside the file`);
    spans.push({ start: e.localOffset, end, name: e.name });
    entries.set(e.name, { name: e.name, method: e.method, dataStart, compressedSize: e.compressedSize, size: e.size });
  }
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const [before, after] = [spans[i - 1], spans[i]];
    if (before && after && after.start < before.end) {
      throw new BundleError('overlapping-entries', `${after.name} and ${before.name} in the bundle share the same data.`, `${before.name}, ${after.name}`);
    }
  }
  return entries;
}

export const tooLarge = (limits: BundleLimits): BundleError =>
  new BundleError('too-large', `The bundle unpacks to more than ${limits.maxUnpackedBytes} bytes.`, sizeText(limits.maxUnpackedBytes));

/** The end-of-central-directory record, searched from the end (a comment may follow it). */
async function findEndRecord(src: ZipSource): Promise<{ cdOffset: number; cdSize: number; count: number }> {
  // Bundles carry no zip comment, so the record is usually the last 22 bytes; only otherwise is
  // the longest possible comment searched.
  return (await endRecordIn(src, Math.max(0, src.size - EOCD_LEN))) ?? (await endRecordIn(src, Math.max(0, src.size - EOCD_LEN - MAX_COMMENT))) ?? truncated();
}

const truncated = (): never => {
  throw new BundleError('truncated', 'The bundle is incomplete: the end of the zip file is missing (the file was cut off while copying or downloading).');
};

async function endRecordIn(src: ZipSource, tailStart: number): Promise<{ cdOffset: number; cdSize: number; count: number } | undefined> {
  const tail = await src.read(tailStart, src.size - tailStart);
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  for (let i = tail.length - EOCD_LEN; i >= 0; i--) {
    if (view.getUint32(i, true) !== EOCD_SIG) continue;
    const count = view.getUint16(i + 10, true);
    const cdSize = view.getUint32(i + 12, true);
    const cdOffset = view.getUint32(i + 16, true);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw corrupt('zip64 is not used by bundles');
    if (view.getUint16(i + 8, true) !== count) throw corrupt('multi-part zip');
    if (cdOffset + cdSize <= tailStart + i) return { cdOffset, cdSize, count };
  }
  return undefined;
}
