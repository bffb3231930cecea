import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// `npm run bench:parsers`: every exported parser of command output (files named parse-*, *banner*,
// *stream-line*, *listing*) fed long garbage lines (40,000 characters of one pattern: digits,
// spaces, colons, brackets, no-break spaces …), and the slowest input per parser. A regex that
// backtracks quadratically blocks the event loop, and no probe timeout fires while it runs, so a
// tool printing garbage could freeze a check; this finds such patterns by measuring, not by reading.
// Prints figures; a parser over the limit is reported loudly and the run exits 1.

/** A parser may take this long on one 40 kB garbage input (linear parsers take a few ms). */
const LIMIT_MS = 100;
const LENGTH = 40_000;
const SEEDS = ['a', ' ', ':', ' : ', '\t', '= ', '1', '1.', 'a ', ' a', '  :', ': ', '-', '0x', '\u00a0', 'ab:', '[', '{"a":', '.', 'x=1 ', '192.168.1.1 '];

const engineRoot = fileURLToPath(new URL('../../diagnostics', import.meta.url));

function parserFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return parserFiles(path);
    return name.endsWith('.js') && /parse|recogn|stream-line|banner|listing/.test(name) ? [path] : [];
  });
}

function garbage(): string[] {
  return SEEDS.flatMap((seed) => {
    const run = seed.repeat(Math.ceil(LENGTH / seed.length)).slice(0, LENGTH);
    return [run, `x${run}\n`, `Key${run}end\n`, `${run}!`];
  });
}

async function main(): Promise<void> {
  const inputs = garbage();
  const rows: { ms: number; parser: string; input: string }[] = [];
  for (const file of parserFiles(engineRoot)) {
    const mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      // Parsers take the output (and maybe stderr); classes and readers with dependencies are skipped.
      if (typeof fn !== 'function' || fn.length > 2 || /^[A-Z]/.test(name)) continue;
      let worst = { ms: 0, input: '' };
      for (const input of inputs) {
        const started = performance.now();
        try {
          const out = (fn as (s: string) => unknown)(input);
          if (out instanceof Promise) out.catch(() => undefined);
        } catch {
          // Throwing on garbage is the never-throws tests' business; here only time counts.
        }
        const ms = performance.now() - started;
        if (ms > worst.ms) worst = { ms, input: JSON.stringify(input.slice(0, 12)) };
      }
      rows.push({ ms: worst.ms, parser: `${file.slice(engineRoot.length + 1)} ${name}`, input: worst.input });
    }
  }
  rows.sort((a, b) => b.ms - a.ms);
  console.log(`${rows.length} parsers × ${inputs.length} garbage inputs of ${LENGTH} characters; slowest first:`);
  for (const r of rows.slice(0, 15)) console.log(`${r.ms.toFixed(1).padStart(8)} ms  ${r.parser}  (input starting ${r.input})`);
  const over = rows.filter((r) => r.ms > LIMIT_MS);
  if (over.length > 0) {
    console.error(`MISSED: ${over.length} parser(s) over ${LIMIT_MS} ms on one input: ${over.map((r) => r.parser).join(', ')}`);
    process.exitCode = 1;
  } else console.log(`All under ${LIMIT_MS} ms.`);
}

await main();
