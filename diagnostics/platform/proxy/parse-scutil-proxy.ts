// Known to read: written fixtures only (macOS 12-15 layout of scutil --proxy); no captured output yet.
/** The top-level entries of `scutil --proxy`: plain values and arrays (ExceptionsList). */
export interface ScutilProxy {
  readonly values: ReadonlyMap<string, string>;
  readonly arrays: ReadonlyMap<string, readonly string[]>;
}

const MAX_LINE = 2000;
const ENTRY = /^\s*([^\s:][^:]*?)\s*:\s*(.*?)\s*$/;

/**
 * Reads the outer dictionary of `scutil --proxy`. Nested dictionaries (__SCOPED__ per interface,
 * which a VPN adds) are skipped: the outer one is what applications use. Never throws.
 */
export function parseScutilProxy(stdout: string): ScutilProxy {
  const values = new Map<string, string>();
  const arrays = new Map<string, string[]>();
  // depth 1 = inside the outer <dictionary>; an array of the outer dictionary sits at depth 2.
  let depth = 0;
  let array: string[] | null = null;
  for (const raw of stdout.split(/\r?\n|\r/)) {
    if (raw.length > MAX_LINE) continue;
    const line = raw.trim();
    if (line === '}') {
      if (depth === 2) array = null;
      depth = Math.max(0, depth - 1);
      continue;
    }
    const m = ENTRY.exec(line);
    if (line.endsWith('{')) {
      const opener = depth === 1 && m ? m : null;
      depth++;
      if (opener && /^<array>/.test(opener[2]!)) {
        array = [];
        arrays.set(opener[1]!, array);
      }
      continue;
    }
    if (!m) continue;
    if (depth === 1) values.set(m[1]!, m[2]!);
    else if (depth === 2 && array !== null && /^\d+$/.test(m[1]!)) array.push(m[2]!);
  }
  return { values, arrays };
}

/** True for "1", false for "0", null when the key is absent or holds something else. */
export function scutilFlag(p: ScutilProxy, key: string): boolean | null {
  const v = p.values.get(key);
  return v === '1' ? true : v === '0' ? false : null;
}
