import { readdirSync, readFileSync } from 'node:fs';

/**
 * Readers for one folder of captured command output. A fixture comes back as the runner would
 * hand it over: Windows output (`win-*`) decoded as latin1, as runCommand does on win32 (the de/sv
 * files are in code page 850 as the console writes them), everything else as UTF-8.
 */
export function fixturesIn(dir: URL): { fixture: (name: string) => string; fixturesStartingWith: (prefix: string) => string[] } {
  return {
    fixture: (name) => readFileSync(new URL(name, dir), name.startsWith('win-') ? 'latin1' : 'utf8'),
    fixturesStartingWith: (prefix) => readdirSync(dir).filter((f) => f.startsWith(prefix)).sort(),
  };
}
