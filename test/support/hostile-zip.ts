import { Deflate, deflateSync, strToU8 } from 'fflate';
import { webSha256 } from '../../diagnostics/bundle/digest.js';
import { prepareBundle, type PreparedBundle } from '../../diagnostics/bundle/prepare-bundle.js';
import type { Report } from '../../diagnostics/schema/report.js';

/**
 * Hand-built zips for the bundle reader's hostile inputs: what an ordinary zip writer would never
 * produce (entries sharing one stream, sizes that lie, names such as `__proto__`), byte by byte.
 * Written for the tests, not taken from a real attack.
 */

/** One entry as it goes into the file. */
export interface RawEntry {
  readonly name: string;
  /** The bytes stored in the file (already deflated when `method` is 8). */
  readonly stored: Uint8Array;
  readonly method: 0 | 8;
  /** What the directory claims the entry unpacks to. */
  readonly declaredSize: number;
  /** Point the directory at another entry's local header (by index) instead of this one's. */
  readonly sameDataAs?: number;
}

/** An entry stored or deflated honestly. */
export function honest(name: string, data: Uint8Array, method: 0 | 8 = 8): RawEntry {
  return { name, stored: method === 8 ? deflateSync(data) : data, method, declaredSize: data.length };
}

/** A zip of the given entries, with a central directory that says what the entries say. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  const names = entries.map((e) => strToU8(e.name));
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array();
    offsets.push(at);
    if (e.sameDataAs !== undefined) return;
    const h = new DataView(new ArrayBuffer(30));
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(8, e.method, true);
    h.setUint32(18, e.stored.length, true);
    h.setUint32(22, e.declaredSize, true);
    h.setUint16(26, name.length, true);
    parts.push(new Uint8Array(h.buffer), name, e.stored);
    at += 30 + name.length + e.stored.length;
  });
  const cdStart = at;
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array();
    const source = e.sameDataAs === undefined ? e : entries[e.sameDataAs];
    const c = new DataView(new ArrayBuffer(46));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(10, e.method, true);
    c.setUint32(20, source?.stored.length ?? 0, true);
    c.setUint32(24, e.declaredSize, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offsets[e.sameDataAs ?? i] ?? 0, true);
    parts.push(new Uint8Array(c.buffer), name);
    at += 46 + name.length;
  });
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, at - cdStart, true);
  end.setUint32(16, cdStart, true);
  parts.push(new Uint8Array(end.buffer));
  const out = new Uint8Array(at + 22);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A valid prepared bundle of `report` (fixed salt and dates), to be bent by the helpers below. */
export function preparedOf(report: Report): Promise<PreparedBundle> {
  return prepareBundle({
    report, createdAt: new Date('2026-11-23T09:00:00Z'), app: { name: 'Homeline', version: '0.1.0' },
    os: { platform: 'linux', release: '6.1', arch: 'x64' }, redaction: { level: 'standard', ssid: 'hash' }, salt: 'hostile', identity: {},
  });
}

/**
 * The bundle's entries with `extra` entries added and the manifest listing `listed` more paths
 * (hashes recomputed, as whoever crafts a file can): the honest part of a hostile bundle.
 */
export async function bundleEntries(p: PreparedBundle, listed: readonly { path: string; data: Uint8Array }[] = []): Promise<{ manifest: Uint8Array; rest: RawEntry[] }> {
  const more = await Promise.all(listed.map(async (l) => ({ path: l.path, mediaType: 'text/plain', bytes: l.data.length, sha256: await webSha256(l.data) })));
  const manifest = { ...p.manifest, entries: [...p.manifest.entries, ...more] };
  return { manifest: strToU8(JSON.stringify(manifest)), rest: p.entries.filter((e) => e.path !== 'manifest.json').map((e) => honest(e.path, strToU8(e.text))) };
}

/** A valid bundle whose report.html is replaced by `html` and whose manifest matches it again. */
export async function forgedHtmlBundle(report: Report, html: string): Promise<Uint8Array> {
  const p = await preparedOf(report);
  const data = strToU8(html);
  const sha256 = await webSha256(data);
  const manifest = { ...p.manifest, entries: p.manifest.entries.map((e) => (e.path === 'report.html' ? { ...e, bytes: data.length, sha256 } : e)) };
  return rawZip([
    honest('manifest.json', strToU8(JSON.stringify(manifest))),
    ...p.entries.filter((e) => e.path !== 'manifest.json').map((e) => (e.path === 'report.html' ? honest(e.path, data) : honest(e.path, strToU8(e.text)))),
  ]);
}

/**
 * A bundle whose manifest lists `count` raw outputs of one byte each, all pointing at one shared
 * deflated stream of `zeros` bytes (the 541 KB file that cost `view` minutes before the reader
 * checked for overlapping entries).
 */
export async function sharedStreamBundle(report: Report, count: number, zeros: number): Promise<Uint8Array> {
  const one = strToU8('x');
  const listed = Array.from({ length: count }, (_, i) => ({ path: `raw/${String(i).padStart(3, '0')}.txt`, data: one }));
  const { manifest, rest } = await bundleEntries(await preparedOf(report), listed);
  const head = [honest('manifest.json', manifest), ...rest];
  const first: RawEntry = { name: listed[0]?.path ?? 'raw/000.txt', stored: deflatedZeros(zeros), method: 8, declaredSize: 1 };
  return rawZip([...head, first, ...listed.slice(1).map((l) => ({ name: l.path, stored: new Uint8Array(), method: 8 as const, declaredSize: 1, sameDataAs: head.length }))]);
}

/** `n` zero bytes deflated, made a MiB at a time (500 MB of zeros never sit in memory). */
export function deflatedZeros(n: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const d = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  const block = new Uint8Array(Math.min(n, 1024 * 1024));
  for (let left = n; left > 0; left -= block.length) d.push(left > block.length ? block : block.subarray(0, left), left <= block.length);
  if (n === 0) d.push(new Uint8Array(), true);
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
