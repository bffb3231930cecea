import { readFileSync } from 'node:fs';

/** Reads a fixture beside these tests; Windows console text is decoded as latin1, as the runner does. */
export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), name.startsWith('win-') ? 'latin1' : 'utf8');
}
