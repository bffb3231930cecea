import { cleanVersion } from './version-string.js';

/**
 * The version printed by `plutil -extract CFBundleShortVersionString raw -o - Info.plist`: one
 * bare line such as "24.02.0.78". Null for errors, usage text or anything not a version. Pure.
 */
export function parsePlutilRaw(stdout: string): string | null {
  if (typeof stdout !== 'string') return null;
  const first = stdout.split(/\r?\n/).find((l) => l.trim() !== '');
  return cleanVersion(first);
}

// The XML plist form: <key>CFBundleShortVersionString</key> followed by its <string>.
const XML_SHORT_VERSION = /<key>\s*CFBundleShortVersionString\s*<\/key>\s*<string>([^<]{0,64})<\/string>/;

/**
 * The short version from the text of an XML Info.plist, for when plutil cannot help (macOS before
 * 12 has no `raw` format). Null for binary plists and anything else. Pure; never throws.
 */
export function parseInfoPlistXml(text: string): string | null {
  if (typeof text !== 'string') return null;
  return cleanVersion(XML_SHORT_VERSION.exec(text)?.[1]);
}
