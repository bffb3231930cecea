import { spawn } from 'node:child_process';

/** A command as data: what to run and with which argument array. Never a shell string. */
export interface CommandSpec {
  readonly cmd: string;
  readonly args: readonly string[];
  /** Kill the process after this long (default 10 s). */
  readonly timeoutMs?: number;
  /** Stop reading after this many bytes of stdout (default 2 MiB); the process is killed. */
  readonly maxOutputBytes?: number;
  /** Extra environment; LC_ALL=C and LANG=C are always set so tools that honour them print English. */
  readonly env?: Readonly<Record<string, string>>;
}

/** What a command printed and how it ended. Failures are data: a runner never rejects. */
export interface CommandOutput {
  readonly cmd: string;
  readonly args: readonly string[];
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly truncated: boolean;
  readonly durationMs: number;
  /** Set when the process could not be started at all (ENOENT, EACCES…). */
  readonly spawnError?: string;
}

/** Runs one command. Injected everywhere so tests and replay can feed recorded output. */
export type CommandRunner = (spec: CommandSpec, signal?: AbortSignal) => Promise<CommandOutput>;

const DEFAULT_TIMEOUT_MS = 10_000;
/** After a kill, how long to wait for the pipes to close before settling without them. */
const KILL_GRACE_MS = 500;
const DEFAULT_MAX_OUTPUT = 2 * 1024 * 1024;

/**
 * Runs a command without a shell, with a timeout, an output cap and a fixed locale.
 * Output is decoded as latin1 on Windows (console code pages are not UTF-8 and parsers read
 * structure, not accented words) and as UTF-8 elsewhere.
 */
export const runCommand: CommandRunner = (spec, signal) =>
  new Promise((resolve) => {
    const started = performance.now();
    const timeoutMs = spec.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = spec.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
    const encoding: BufferEncoding = process.platform === 'win32' ? 'latin1' : 'utf8';
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let errBytes = 0;
    let truncated = false;
    let timedOut = false;
    let settled = false;

    const finish = (exitCode: number | null, sig: string | null, spawnError?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(grace);
      signal?.removeEventListener('abort', onAbort);
      resolve({
        cmd: spec.cmd,
        args: spec.args,
        stdout: Buffer.concat(out).toString(encoding),
        stderr: Buffer.concat(err).toString(encoding),
        exitCode,
        signal: sig,
        timedOut,
        truncated,
        durationMs: Math.round(performance.now() - started),
        ...(spawnError === undefined ? {} : { spawnError }),
      });
    };

    let grace: NodeJS.Timeout | undefined;
    let child: ReturnType<typeof spawn>;
    // Its own process group (not on Windows, where there are none): a kill then reaches whatever
    // the command started too, so a wrapper script's children cannot keep a check waiting.
    const ownGroup = process.platform !== 'win32';
    try {
      child = spawnWithoutShell(spec, ownGroup);
    } catch (e) {
      finish(null, null, e instanceof Error ? e.message : String(e));
      return;
    }
    const killGroup = (): void => {
      if (!ownGroup || child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Nothing left in the group: the usual case.
      }
    };
    /** Settles after a grace even if a process outside our reach still holds the pipes open. */
    const settleSoon = (): void => {
      grace ??= setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        finish(child.exitCode, child.signalCode ?? 'SIGKILL');
      }, KILL_GRACE_MS);
    };
    const kill = (): void => {
      killGroup();
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      settleSoon();
    };
    const onAbort = (): void => {
      timedOut = true;
      kill();
    };
    const timer = setTimeout(onAbort, timeoutMs);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });

    child.stdout?.on('data', (chunk: Buffer) => {
      if (outBytes + chunk.length > maxBytes) {
        out.push(chunk.subarray(0, maxBytes - outBytes));
        outBytes = maxBytes;
        truncated = true;
        kill();
        return;
      }
      outBytes += chunk.length;
      out.push(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      if (errBytes < maxBytes) {
        err.push(chunk.subarray(0, maxBytes - errBytes));
        errBytes += chunk.length;
      }
    });
    child.on('error', (e) => finish(null, null, e.message));
    // The command exited but something it started may live on holding the pipes: end it too.
    child.on('exit', () => {
      killGroup();
      settleSoon();
    });
    child.on('close', (code, sig) => finish(code, sig));
  });

/** How a streamed command ended; failures are data, as with runCommand. */
export interface StreamEnd {
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** The first 4 kB of stderr (why a ping gave up). */
  readonly stderr: string;
  readonly spawnError?: string;
}

/** Runs a long-running command line by line (a ping without a count); see streamCommand. */
export type StreamRunner = (spec: Omit<CommandSpec, 'maxOutputBytes'>, onLine: (line: string) => void, signal: AbortSignal) => Promise<StreamEnd>;

const MAX_STREAM_LINE = 4096;

/**
 * Runs a command that prints as it goes (no shell, fixed locale, killed on abort or after
 * `timeoutMs` when given) and hands each stdout line to `onLine` as it arrives. Memory stays
 * bounded however long it runs: only the unfinished line is buffered, cut at 4 kB.
 */
export const streamCommand: StreamRunner = (spec, onLine, signal) =>
  new Promise((resolve) => {
    const encoding: BufferEncoding = process.platform === 'win32' ? 'latin1' : 'utf8';
    let partial = '';
    let stderr = '';
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (exitCode: number | null, sig: string | null, spawnError?: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', kill);
      resolve({ exitCode, signal: sig, stderr, ...(spawnError === undefined ? {} : { spawnError }) });
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawnWithoutShell(spec);
    } catch (e) {
      finish(null, null, e instanceof Error ? e.message : String(e));
      return;
    }
    function kill(): void {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    if (spec.timeoutMs !== undefined) timer = setTimeout(kill, spec.timeoutMs);
    if (signal.aborted) kill();
    else signal.addEventListener('abort', kill, { once: true });
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString(encoding)).split(/\r?\n/);
      partial = (lines.pop() ?? '').slice(0, MAX_STREAM_LINE);
      for (const line of lines) onLine(line);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < MAX_STREAM_LINE) stderr += chunk.toString(encoding).slice(0, MAX_STREAM_LINE - stderr.length);
    });
    child.on('error', (e) => finish(null, null, e.message));
    child.on('close', (code, sig) => finish(code, sig));
  });

/**
 * Starts a command as every Homeline command starts: no shell, no window, stdin closed, and a
 * fixed C locale so the tools that honour it print the same words on every machine. `ownGroup`
 * puts it in a process group of its own, so a timeout can kill what it started too.
 */
function spawnWithoutShell(spec: CommandSpec, ownGroup = false): ReturnType<typeof spawn> {
  return spawn(spec.cmd, [...spec.args], {
    shell: false,
    windowsHide: true,
    detached: ownGroup,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...spec.env, LC_ALL: 'C', LANG: 'C' },
  });
}
