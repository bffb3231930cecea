import { cleanVersion } from './version-string.js';

// pkginf/Ver.core.<platform> holds KEY=VALUE lines; ID_VERSION is the product version
// ("ID_VERSION=24.2.0.65"). Quotes and spaces around the value are tolerated.
const ID_VERSION = /^[ \t]*ID_VERSION[ \t]*=[ \t]*["']?([^"'\r\n]*)["']?[ \t]*\r?$/m;

/** The version in a Linux Workspace app Ver.core file, or null. Pure; never throws. */
export function parseVerCore(text: string): string | null {
  if (typeof text !== 'string') return null;
  return cleanVersion(ID_VERSION.exec(text)?.[1]);
}
