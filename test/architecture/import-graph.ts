import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The project's import graph, read from the sources with TypeScript's own pre-processor (no
 * type-checking, so it is fast): every relative import of every .ts/.tsx file under the given
 * folders, resolved to the file it names (`./x.js` is the `./x.ts` or `./x.tsx` beside it).
 */
export interface ImportGraph {
  /** file (relative to the root, with forward slashes) → the project files it imports. */
  readonly edges: ReadonlyMap<string, readonly string[]>;
  /** file → bare package specifiers it imports (`electron`, `node:fs`, …). */
  readonly packages: ReadonlyMap<string, readonly string[]>;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // not this spelling; try the next
    }
  }
  return undefined;
}

/** Reads the graph of every source file below `folders` (relative to `root`). */
export function readImportGraph(root: string, folders: readonly string[]): ImportGraph {
  const edges = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  for (const folder of folders) {
    for (const file of sourceFiles(join(root, folder))) {
      const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
      const local: string[] = [];
      const bare: string[] = [];
      for (const { fileName } of info.importedFiles) {
        if (fileName.startsWith('.')) {
          const target = resolveRelative(file, fileName);
          if (target) local.push(rel(target));
        } else bare.push(fileName);
      }
      edges.set(rel(file), local);
      packages.set(rel(file), bare);
    }
  }
  return { edges, packages };
}

/** Every import cycle, each as the list of files around it (Tarjan's strongly connected components). */
export function importCycles(graph: ImportGraph): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    indices.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.edges.get(v) ?? []) {
      if (!graph.edges.has(w)) continue;
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = (graph.edges.get(v) ?? []).includes(v);
      if (component.length > 1 || selfLoop) cycles.push(component.sort());
    }
  };
  for (const v of graph.edges.keys()) if (!indices.has(v)) visit(v);
  return cycles;
}
