import { fixturesIn } from '../../../support/platform-fixtures.js';

export { fakeRunner, type Answer } from '../../../support/fake-runner.js';

/** This folder's fixtures, decoded as the runner would hand them over. */
export const { fixture, fixturesStartingWith } = fixturesIn(new URL('./fixtures/', import.meta.url));

/** readFile and listDir over a map of path -> text, like /sys would answer. */
export function sysTree(files: Record<string, string>): { readFile: (p: string) => Promise<string>; listDir: (p: string) => Promise<string[]> } {
  return {
    readFile: async (p) => {
      const t = files[p];
      if (t === undefined) throw new Error(`ENOENT: ${p}`);
      return t;
    },
    listDir: async (dir) => {
      const names = new Set<string>();
      for (const p of Object.keys(files)) if (p.startsWith(`${dir}/`)) names.add(p.slice(dir.length + 1).split('/')[0]!);
      return [...names];
    },
  };
}
