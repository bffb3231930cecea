import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, readImportGraph } from './import-graph.js';

// The project is one stack: renderer → electron → (cli) → engine. The shells (the CLI and the
// desktop app) stand side by side on the engine; neither stands on the other, and the engine
// never reaches up into a shell. These tests keep it that way, as VS Code's layer checks do.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const graph = readImportGraph(ROOT, ['diagnostics', 'electron', 'renderer', 'build']);

const offending = (from: (f: string) => boolean, to: (f: string) => boolean): string[] =>
  [...graph.edges].flatMap(([file, targets]) => (from(file) ? targets.filter(to).map((t) => `${file} → ${t}`) : []));

describe('layers', () => {
  it('reads the sources (a guard against a graph that is empty and so passes everything)', () => {
    expect(graph.edges.size).toBeGreaterThan(300);
    expect(graph.edges.get('diagnostics/cli/main.ts')).toContain('diagnostics/check.ts');
  });

  it('nothing outside diagnostics/cli imports from it: the app shares configuration through diagnostics/config', () => {
    expect(offending((f) => !f.startsWith('diagnostics/cli/'), (t) => t.startsWith('diagnostics/cli/'))).toEqual([]);
  });

  it('the engine imports neither the app nor the UI, nor Electron', () => {
    const engine = (f: string) => f.startsWith('diagnostics/');
    expect(offending(engine, (t) => t.startsWith('electron/') || t.startsWith('renderer/'))).toEqual([]);
    const electronUsers = [...graph.packages].filter(([f, pkgs]) => engine(f) && pkgs.some((p) => p === 'electron' || p.startsWith('electron/')));
    expect(electronUsers.map(([f]) => f)).toEqual([]);
  });

  it('no CLI command imports the CLI entry point (main.ts imports them all)', () => {
    expect(offending((f) => f.startsWith('diagnostics/cli/') && f !== 'diagnostics/cli/main.ts', (t) => t === 'diagnostics/cli/main.ts')).toEqual([]);
  });

  it('there is no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });
});

describe('importCycles', () => {
  it('finds a cycle through three files and ignores an acyclic chain', () => {
    const edges = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCycles({ edges, packages: new Map() })).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
