import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lab } from './lab-types.js';
import { assertBuilt, defaultProfile } from './run-check.js';
import { cliPath, repoRoot } from './repo-root.js';
import { findOnPath } from './tool-shims.js';

// Runs the real, built `homeline monitor` in the lab's client namespace. The test needs to know
// when watching has begun (discovery takes a few seconds), so the first line the monitor prints
// (its "Watching N targets…" line) resolves `started`; the JSON file is read once it exits.

/** One event of `homeline monitor --json`, as the file has it. */
export interface LabMonitorEvent {
  readonly kind: 'dropout' | 'bad-spell';
  readonly segment: 'home' | 'isp' | 'vpn';
  readonly start: string;
  readonly end: string | null;
  readonly seconds: number | null;
  readonly targets: readonly string[];
  readonly providerHopSilent: boolean | null;
}

/** What a finished monitor run left. */
export interface LabMonitorResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly json: { readonly events: readonly LabMonitorEvent[]; readonly targets: readonly { id: string; method: string }[]; readonly notes: readonly string[]; readonly pingFailure?: string };
}

/** A monitor running in the lab. */
export interface LabMonitorRun {
  /** When the monitor printed its first line (ms since the epoch): it is probing from then on. */
  readonly started: Promise<number>;
  readonly done: Promise<LabMonitorResult>;
}

/** Options of one lab monitor run. */
export interface LabMonitorOptions {
  readonly durationS: number;
  readonly home: string;
  readonly profile?: string;
  readonly intervalMs?: number;
  /** Environment entries that replace the test process's own (e.g. a PATH of broken tool shims). */
  readonly env?: Readonly<Record<string, string>>;
}

/** Starts `homeline monitor --duration Ns --json FILE` in the client namespace. */
export function startLabMonitor(lab: Lab, o: LabMonitorOptions): LabMonitorRun {
  assertBuilt();
  const jsonFile = join(o.home, `monitor-${Date.now()}.json`);
  const argv = [
    'netns', 'exec', lab.ns.client,
    process.execPath, cliPath(), 'monitor', '--profile', o.profile ?? defaultProfile(lab),
    '--duration', `${o.durationS}s`, '--json', jsonFile, '--lang', 'en',
    ...(o.intervalMs !== undefined ? ['--interval', String(o.intervalMs)] : []),
  ];
  let resolveStarted: (at: number) => void = () => undefined;
  let rejectStarted: (e: Error) => void = () => undefined;
  const started = new Promise<number>((res, rej) => {
    resolveStarted = res;
    rejectStarted = rej;
  });
  const done = new Promise<LabMonitorResult>((resolve, reject) => {
    // `ip` by the test's own PATH: o.env may replace PATH for the monitor.
    // allow-spawn: runs the built CLI as a user would; bounded by the kill timer below
    const child = spawn(findOnPath('ip') ?? 'ip', argv, {
      shell: false,
      cwd: repoRoot(),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HOMELINE_HOME: o.home, HOMELINE_NO_BUILTIN_TARGETS: '1', ...o.env },
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), (o.durationS + 60) * 1000);
    child.stdout.on('data', (c: Buffer) => {
      if (stdout === '') resolveStarted(Date.now());
      stdout += c.toString('utf8');
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', (e) => {
      clearTimeout(timer);
      rejectStarted(e);
      reject(new Error(`cannot start homeline monitor in the lab: ${e.message}`));
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      rejectStarted(new Error(`homeline monitor exited (${String(exitCode)}) before it started watching\nstderr: ${stderr}`));
      readFile(jsonFile, 'utf8').then(
        (text) => resolve({ exitCode, stdout, stderr, json: JSON.parse(text) as LabMonitorResult['json'] }),
        () => reject(new Error(`homeline monitor (exit ${String(exitCode)}) wrote no JSON\nstderr: ${stderr}\nstdout: ${stdout}`)),
      );
    });
  });
  // Whoever awaits only `done` must not see an unhandled rejection of `started`.
  started.catch(() => undefined);
  return { started, done };
}
