import { readFileSync } from 'node:fs';
import type { ReadTextFile } from '../../../../diagnostics/platform/citrix/types.js';

/** Reads a fixture beside these tests; Windows console text is decoded as latin1, as the runner does. */
export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), name.startsWith('win-') ? 'latin1' : 'utf8');
}

export { fakeOutput as output, fakeRunner, type Answer as FakeAnswer } from '../../../support/fake-runner.js';

/** A file reader over a map of path → text; anything else is absent (null). */
export function fakeFiles(files: Readonly<Record<string, string>>): ReadTextFile {
  return (path) => Promise.resolve(files[path] ?? null);
}

/** A file reader that rejects like fs.promises.readFile does for a missing file. */
export const rejectingFiles: ReadTextFile = (path) => Promise.reject(Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' }));
