import { mkdir, writeFile } from 'node:fs/promises';
import { arch, release } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCommand, type CommandOutput, type CommandRunner } from '../../diagnostics/platform/command.js';
import type { OsKind } from '../../diagnostics/platform/os-kind.js';
import { currentOs } from '../../diagnostics/platform/os-kind.js';
import { capturesFor, type Capture } from './capture-commands.js';

// `node dist/build/ci/capture-outputs.js DIR`: runs this OS's captures and saves each command's
// stdout byte for byte (runCommand reads Windows output as latin1, which maps bytes 1:1, so the
// console's code page survives) plus captures.json: the provenance a corpus entry needs (OS,
// release, runner image, command, exit code). Always exits 0 once DIR is written: a missing
// command is a fact about the runner, recorded, not a CI failure.

/** One saved capture, as captures.json lists it. */
export interface CaptureRecord {
  readonly name: string;
  readonly cmd: string;
  readonly args: readonly string[];
  readonly file: string | null;
  readonly bytes: number;
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  readonly spawnError: string | null;
  readonly stderr: string;
}

/** The bytes a command printed, as it printed them. */
export function stdoutBytes(out: CommandOutput, os: OsKind): Buffer {
  return Buffer.from(out.stdout, os === 'win32' ? 'latin1' : 'utf8');
}

/** Runs the captures one after another and writes them into `dir`; answers the manifest. */
export async function captureOutputs(dir: string, os: OsKind, captures: readonly Capture[], run: CommandRunner = runCommand): Promise<object> {
  await mkdir(dir, { recursive: true });
  const records: CaptureRecord[] = [];
  for (const c of captures) {
    const out = await run(c.spec);
    const bytes = stdoutBytes(out, os);
    const file = bytes.length > 0 ? `${c.name}.txt` : null;
    if (file) await writeFile(join(dir, file), bytes);
    records.push({ name: c.name, cmd: c.spec.cmd, args: c.spec.args, file, bytes: bytes.length, exitCode: out.exitCode, timedOut: out.timedOut, spawnError: out.spawnError ?? null, stderr: out.stderr.slice(0, 2000) });
  }
  const env = process.env;
  const manifest = {
    capturedAt: new Date().toISOString(),
    os,
    release: release(),
    arch: arch(),
    // Set on GitHub's hosted runners; null elsewhere.
    runnerImage: env.ImageOS ? `${env.ImageOS} ${env.ImageVersion ?? ''}`.trim() : null,
    workflowRun: env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${env.GITHUB_REPOSITORY} run ${env.GITHUB_RUN_ID}` : null,
    commands: records,
  };
  await writeFile(join(dir, 'captures.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function cli(): Promise<number> {
  const dir = process.argv[2];
  const os = currentOs();
  if (!dir || !os) {
    console.error('usage: capture-outputs DIR (on Windows, macOS or Linux)');
    return 2;
  }
  const manifest = (await captureOutputs(dir, os, capturesFor(os))) as { commands: CaptureRecord[] };
  for (const r of manifest.commands) console.log(`${r.name}: ${r.spawnError ? `not run (${r.spawnError})` : `exit ${r.exitCode}, ${r.bytes} bytes`}`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  process.exitCode = await cli();
}
