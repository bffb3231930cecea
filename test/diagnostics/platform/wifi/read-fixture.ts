import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('./fixtures/', import.meta.url);

/**
 * A fixture as the runner would hand it over: Windows output decoded as latin1 (as runCommand
 * does on win32, whatever code page netsh wrote), everything else as UTF-8.
 */
export function fixture(name: string): string {
  return readFileSync(new URL(name, dir), name.startsWith('win-') ? 'latin1' : 'utf8');
}

/** Names of the fixtures whose name starts with `prefix`. */
export function fixturesStartingWith(prefix: string): string[] {
  return readdirSync(dir).filter((f) => f.startsWith(prefix)).sort();
}
