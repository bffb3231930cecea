import { strToU8, zipSync, type Zippable } from 'fflate';
import type { PreparedBundle } from './prepare-bundle.js';

/**
 * The `.homeline` file: a plain zip (any unzip tool opens it), manifest first, every entry dated
 * with the bundle's creation time so the same bundle gives the same bytes.
 */
export function zipBundle(bundle: PreparedBundle): Uint8Array {
  const mtime = new Date(bundle.manifest.createdAt);
  const files: Zippable = {};
  for (const entry of bundle.entries) files[entry.path] = [strToU8(entry.text), { mtime, level: 6 }];
  return zipSync(files);
}
