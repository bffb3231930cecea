import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../../../diagnostics/platform/command.js';

// Runs Doyensec's Electronegativity on a folder (it parses TypeScript itself) and returns its
// findings. The tool fetches translations and Electron's release list online; a preload makes every
// outbound connection fail, so it runs offline with its bundled data and the Electron version given.

/** One Electronegativity finding. */
export interface ElectronFinding {
  readonly check: string;
  readonly severity: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL' | string;
  readonly file: string;
  readonly location: string;
  readonly sample: string;
}

/** An accepted finding, reviewed: which check, where (a file, or "N/A" for a global check), why. */
export interface AllowedFinding {
  readonly check: string;
  readonly file: string;
  readonly reason: string;
}

/** The Electron major the app ships with (the devDependency). */
export const ELECTRON_VERSION = '45.0.0';

/** Runs the tool on `dir`; throws when it cannot run, so a broken gate never reads as a clean one. */
export async function runElectronegativity(repoRoot: string, dir: string): Promise<ElectronFinding[]> {
  const csv = join(mkdtempSync(join(tmpdir(), 'homeline-eneg-')), 'findings.csv');
  const bin = join(repoRoot, 'node_modules/@doyensec/electronegativity/dist/index.js');
  const out = await runCommand({
    cmd: process.execPath,
    args: [bin, '-i', dir, '-o', csv, '-r', '-v', 'false', '-e', ELECTRON_VERSION],
    timeoutMs: 180_000,
    env: { NODE_OPTIONS: `--require ${join(repoRoot, 'test/security/no-network.cjs')}` },
  });
  let text: string;
  try {
    text = readFileSync(csv, 'utf8');
  } catch {
    throw new Error(`Electronegativity wrote no report (exit ${String(out.exitCode)}): ${out.stderr.trim() || out.stdout.trim()}`);
  }
  return parseFindingsCsv(text);
}

/** Reads the tool's CSV (header line, then quoted fields). */
export function parseFindingsCsv(text: string): ElectronFinding[] {
  const rows = text.split(/\r?\n/).slice(1).filter((l) => l.trim() !== '');
  return rows.map((row) => {
    const f = csvFields(row);
    return { check: f[0] ?? '', severity: f[1] ?? '', file: f[3] ?? '', location: f[4] ?? '', sample: f[5] ?? '' };
  });
}

function csvFields(row: string): string[] {
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (quoted) {
      if (c === '"' && row[i + 1] === '"') (cur += '"'), i++;
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') fields.push(cur), (cur = '');
    else cur += c;
  }
  fields.push(cur);
  return fields;
}

/** HIGH and MEDIUM findings that no reviewed allow-list entry covers. */
export function blockingFindings(findings: readonly ElectronFinding[], allowed: readonly AllowedFinding[]): ElectronFinding[] {
  return findings.filter((f) => (f.severity === 'HIGH' || f.severity === 'MEDIUM') && !allowed.some((a) => a.check === f.check && a.file === f.file));
}

/** The reviewed allow-list next to the Electron code; every entry must carry a reason. */
export function readAllowList(file: string): AllowedFinding[] {
  const list = JSON.parse(readFileSync(file, 'utf8')) as AllowedFinding[];
  for (const a of list) if (typeof a.reason !== 'string' || a.reason.trim().length < 20) throw new Error(`${file}: ${a.check} has no reason`);
  return list;
}
