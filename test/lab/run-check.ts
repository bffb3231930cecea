import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isLabReport, type LabReport } from './lab-report.js';
import type { Lab } from './lab-types.js';
import { findOnPath } from './tool-shims.js';
import { cliPath, companyProfilePath, labProfilePath, repoRoot } from './repo-root.js';

// Runs the real, built `homeline check` inside the lab's client namespace, the way a user would
// run it on the broken machine, and times it from spawn to exit.

/** What one `homeline check` run in the lab produced. */
export interface CheckRun {
  readonly exitCode: number | null;
  readonly report: LabReport;
  /** Wall time from starting the process to its exit, in milliseconds. */
  readonly wallMs: number;
  readonly stderr: string;
}

/** Options for one lab check. */
export interface RunCheckOptions {
  readonly quick?: boolean;
  /** Kill the check after this long (default 60 s): a hung engine must fail, not stall the suite. */
  readonly timeoutMs?: number;
  /** The profile to check with; by default profiles/company.json in a company lab, profiles/lab.json otherwise. */
  readonly profile?: string;
  /** Environment entries that replace the test process's own (e.g. a PATH of broken tool shims). */
  readonly env?: Readonly<Record<string, string>>;
  /** More arguments after the check's own (e.g. `--no-history`). */
  readonly extraArgs?: readonly string[];
}

/** The profile a lab's checks use unless told otherwise. */
export function defaultProfile(lab: Lab): string {
  return lab.company === undefined ? labProfilePath() : companyProfilePath();
}

/** Throws unless the CLI has been built, naming the command that fixes it. */
export function assertBuilt(): void {
  const cli = cliPath();
  if (!existsSync(cli)) throw new Error(`the lab runs the built CLI, but ${cli} is missing: run npm run build first`);
}

/** The argument array of a lab check (after `ip`). */
export function checkArgv(lab: Lab, quick: boolean, profile = defaultProfile(lab)): string[] {
  return [
    'netns', 'exec', lab.ns.client,
    process.execPath, cliPath(), 'check', '--profile', profile, '--json', '-',
    ...(quick ? ['--quick'] : []),
  ];
}

/** The `ip` the lab itself uses (absolute, so a check's PATH of broken tools cannot replace it). */
function ipCommand(): string {
  return findOnPath('ip') ?? 'ip';
}

/** Runs `homeline check --json -` in the lab's client namespace and parses the report it prints. */
export function runCheck(lab: Lab, opts: RunCheckOptions = {}): Promise<CheckRun> {
  assertBuilt();
  const argv = [...checkArgv(lab, opts.quick === true, opts.profile), ...(opts.extraArgs ?? [])];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // `ip` by the test's own PATH: opts.env may replace PATH for the check.
    // allow-spawn: runs the built CLI as a user would, timed from spawn to exit; bounded by the kill timer below
    const child = spawn(ipCommand(), argv, {
      shell: false,
      cwd: repoRoot(),
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_EXTRA_CA_CERTS: lab.ca.certPath,
        // The built-in profile names real internet hosts; the lab must never fall back to it.
        HOMELINE_NO_BUILTIN_TARGETS: '1',
        ...opts.env,
      },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 60_000);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot start homeline check in the lab: ${e.message}`));
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      const wallMs = Math.round(performance.now() - started);
      const stdout = Buffer.concat(out).toString('utf8');
      const stderr = Buffer.concat(err).toString('utf8');
      if (timedOut) {
        reject(new Error(`homeline check did not finish within ${opts.timeoutMs ?? 60_000} ms\nstderr: ${stderr}`));
        return;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(stdout);
      } catch {
        parsed = undefined;
      }
      if (!isLabReport(parsed)) {
        reject(
          new Error(
            `homeline check (exit ${String(exitCode)}) printed no report JSON\nstderr: ${stderr.slice(0, 4000)}\nstdout: ${stdout.slice(0, 2000)}`,
          ),
        );
        return;
      }
      resolve({ exitCode, report: parsed, wallMs, stderr });
    });
  });
}
