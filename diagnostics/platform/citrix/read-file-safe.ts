import type { ReadTextFile } from './types.js';

/** Reads through the injected reader; a rejection (ENOENT, EACCES…) counts as "no such file". */
export async function readOrNull(readFile: ReadTextFile, path: string): Promise<string | null> {
  try {
    const text = await readFile(path);
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}
