import { closeSync, ftruncateSync, openSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8 } from 'fflate';
import { runCommand } from '../../diagnostics/platform/command.js';
import type { Report } from '../../diagnostics/schema/report.js';
import { bundleEntries, deflatedZeros, honest, preparedOf, rawZip, sharedStreamBundle, type RawEntry } from '../support/hostile-zip.js';
import { formatTable } from './format-table.js';

/**
 * The hostile bundles of issue 21, each read by `readBundleFile` (what `view`, tickets and the app
 * use) in a fresh process (hostile-bundle-run.ts): the reason it was refused, how long that took
 * and how far memory rose. Targets: refused within 2 s, memory below 2 × the file (or the 64 MiB
 * cap, whichever is smaller). Missing one is reported loudly.
 */

const MiB = 1024 * 1024;
const report: Report = {
  schemaVersion: 1, startedAt: '2026-11-23T08:00:00.000Z', durationMs: 4210, lang: 'en', quick: true,
  platform: { os: 'linux', release: '6.1.0', arch: 'x64' },
  verdict: { segment: 'isp', headline: 'Loss beyond the router', summary: 'The provider.' }, findings: [], probes: [], raw: [],
};

async function withExtra(extra: RawEntry[], listed: { path: string; data: Uint8Array }[] = []): Promise<Uint8Array> {
  const { manifest, rest } = await bundleEntries(await preparedOf(report), listed);
  return rawZip([honest('manifest.json', manifest), ...rest, ...extra]);
}

interface Case {
  readonly name: string;
  readonly write: (file: string) => Promise<void>;
}

const one = strToU8('x');
const CASES: Case[] = [
  { name: '200 entries, one shared 500 MB stream', write: async (f) => writeFile(f, await sharedStreamBundle(report, 200, 500 * MiB)) },
  {
    name: '20 entries, each 50 MB declaring 1 byte',
    write: async (f) => {
      const listed = Array.from({ length: 20 }, (_, i) => ({ path: `raw/${i}.txt`, data: one }));
      const bomb = deflatedZeros(50 * MiB);
      await writeFile(f, await withExtra(listed.map((l) => ({ name: l.path, stored: bomb, method: 8, declaredSize: 1 })), listed));
    },
  },
  { name: 'stored 60 MB entry declaring 0 bytes', write: async (f) => writeFile(f, await withExtra([{ name: 'raw/x.txt', stored: new Uint8Array(60 * MiB), method: 0, declaredSize: 0 }], [{ path: 'raw/x.txt', data: new Uint8Array() }])) },
  { name: 'stored 200 MB entry declaring 0 bytes', write: async (f) => writeFile(f, await withExtra([{ name: 'raw/x.txt', stored: new Uint8Array(200 * MiB), method: 0, declaredSize: 0 }], [{ path: 'raw/x.txt', data: new Uint8Array() }])) },
  {
    name: '200 MB non-zip',
    write: (f) => {
      const fd = openSync(f, 'w');
      ftruncateSync(fd, 200 * MiB);
      closeSync(fd);
      return Promise.resolve();
    },
  },
  { name: 'manifest lists "constructor"', write: async (f) => writeFile(f, await withExtra([], [{ path: 'constructor', data: one }])) },
  { name: 'unlisted "__proto__"', write: async (f) => writeFile(f, await withExtra([honest('__proto__', one)])) },
];

interface Run {
  readonly outcome: string;
  readonly ms: number;
  readonly riseMb: number;
}

async function measure(file: string): Promise<Run> {
  const script = fileURLToPath(new URL('./hostile-bundle-run.js', import.meta.url));
  const out = await runCommand({ cmd: process.execPath, args: ['--expose-gc', script, file], timeoutMs: 600_000 });
  if (out.exitCode !== 0) throw new Error(`the measured run failed (${out.exitCode ?? out.signal}): ${out.stderr || out.spawnError}`);
  return JSON.parse(out.stdout) as Run;
}

/** Runs every case and prints the table; false when a target was missed. */
export async function hostileBundleBench(): Promise<boolean> {
  const dir = await mkdtemp(join(tmpdir(), 'homeline-hostile-bench-'));
  const rows: string[][] = [];
  let ok = true;
  try {
    for (const [i, c] of CASES.entries()) {
      const file = join(dir, `${i}.homeline`);
      await c.write(file);
      const { size } = await stat(file);
      const run = await measure(file);
      const limitMb = Math.min(2 * size, 64 * MiB) / MiB;
      const missed = run.outcome === 'opened' || run.outcome.startsWith('other') || run.ms > 2000 || run.riseMb > Math.max(limitMb, 8);
      if (missed) ok = false;
      rows.push([c.name, (size / MiB).toFixed(2), run.outcome, run.ms.toFixed(0), run.riseMb.toFixed(1), limitMb.toFixed(1), missed ? 'MISSED' : 'ok']);
      await rm(file);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  console.log(formatTable(['hostile bundle', 'file MB', 'refused as', 'ms', 'RSS rise MB', 'limit MB', ''], rows));
  console.log('(RSS rise: peak above the process before reading; below 8 MB is allocator noise, the limit is counted from 8 MB.)');
  return ok;
}
