import { Inflate } from 'fflate';
import { BundleError } from '../bundle-error.js';
import type { BundleLimits } from './bundle-limits.js';
import { tooLarge, type ZipEntry } from './zip-directory.js';
import type { ZipSource } from './zip-source.js';

/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most about 1032:1, so one
 * chunk yields at most ~1000 × its size before the size checks below run again: chunks scale with
 * the declared size (1 KiB for a tiny entry, so a lie costs at most ~1 MiB; 64 KiB for large ones).
 */
const chunkFor = (declared: number): number => Math.min(64 * 1024, Math.max(1024, Math.ceil(declared / 1024)));

/** What all entries of one bundle have unpacked to so far; shared so the budget spans the bundle. */
export interface UnpackBudget {
  used: number;
}

/**
 * One entry's bytes, inflated chunk by chunk and stopped as soon as it passes the size it
 * declares or the bundle passes its budget: a crafted entry costs at most one chunk's output
 * beyond its declared size, never the whole stream. `pause` runs between chunks (a browser yields).
 */
export async function inflateEntry(src: ZipSource, entry: ZipEntry, limits: BundleLimits, budget: UnpackBudget, pause?: () => Promise<void>): Promise<Uint8Array> {
  const wrongSize = (): BundleError => new BundleError('size-mismatch', `${entry.name} in the bundle is not the size it declares.`, entry.name);
  const take = (n: number): void => {
    budget.used += n;
    if (budget.used > limits.maxUnpackedBytes) throw tooLarge(limits);
  };
  if (entry.method === 0) {
    take(entry.size);
    const data = await src.read(entry.dataStart, entry.size);
    if (data.length !== entry.size) throw wrongSize();
    return data.slice();
  }
  const out = new Uint8Array(entry.size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > entry.size) throw wrongSize();
    take(chunk.length);
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    const chunk = chunkFor(entry.size);
    for (let at = 0; at < entry.compressedSize || at === 0; at += chunk) {
      const n = Math.min(chunk, entry.compressedSize - at);
      const part = await src.read(entry.dataStart + at, n);
      inflater.push(part, at + n >= entry.compressedSize);
      if (pause) await pause();
      if (n === 0) break;
    }
  } catch (e) {
    if (e instanceof BundleError) throw e;
    const why = e instanceof Error ? e.message : String(e);
    throw new BundleError('corrupt', `The bundle is damaged and cannot be unpacked (${entry.name}: ${why}).`, `${entry.name}: ${why}`);
  }
  if (filled !== entry.size) throw wrongSize();
  return out;
}
