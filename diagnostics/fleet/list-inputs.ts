import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadProblem } from './load-problem.js';

/**
 * The files `homeline stats` reads, from the folders and files on its command line. Folders are
 * walked with `opendir`, which hands out entries as it reads them, so a folder of 100 000 bundles
 * is never held as one list. Inside folders only check files count (`.homeline`, `.zip`, `.json`);
 * a file named on the command line is always tried.
 */

/** A file to read, or a command-line argument that is not there (reported, not fatal). */
export type Input = { readonly file: string } | { readonly file: string; readonly problem: LoadProblem };

const CHECK_FILE = /\.(homeline|zip|json)$/i;

/** Yields every input file, depth first, in the order the file system lists them. */
export async function* listInputs(args: readonly string[]): AsyncGenerator<Input> {
  for (const arg of args) {
    let info;
    try {
      info = await stat(arg);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield { file: arg, problem: code === 'ENOENT' ? { key: 'notFoundAny' } : { key: 'unreadable', vars: { code: code ?? String(e) } } };
      continue;
    }
    if (!info.isDirectory()) {
      yield { file: arg };
      continue;
    }
    const folders = [arg];
    while (folders.length > 0) {
      const folder = folders.pop() as string;
      let dir;
      try {
        dir = await opendir(folder, { bufferSize: 64 });
      } catch (e) {
        yield { file: folder, problem: { key: 'folderUnreadable', vars: { code: (e as NodeJS.ErrnoException).code ?? String(e) } } };
        continue;
      }
      for await (const entry of dir) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) folders.push(path);
        else if (entry.isFile() && CHECK_FILE.test(entry.name)) yield { file: path };
      }
    }
  }
}
