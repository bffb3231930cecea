import { readFileSync } from 'node:fs';

export { fakeRunner, keyOf, type Answer as FakeAnswer } from '../../../support/fake-runner.js';

/** Reads a fixture beside these tests; Windows console text is decoded as latin1, as the runner does. */
export function fixture(name: string, encoding: BufferEncoding = 'utf8'): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), encoding);
}
