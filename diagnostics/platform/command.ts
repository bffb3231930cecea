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
function spawnWithoutShell(spec: CommandSpec, ownGroup = false, stdin: 'ignore' | 'pipe' = 'ignore'): ReturnType<typeof spawn> {
  return spawn(spec.cmd, [...spec.args], {
    shell: false,
    windowsHide: true,
    detached: ownGroup,
    stdio: [stdin, 'pipe', 'pipe'],
    env: { ...process.env, ...spec.env, LC_ALL: 'C', LANG: 'C' },
  });
}

/** A long-lived command fed through its stdin (one PowerShell answering a whole check's queries). */
export interface CommandSession {
  /** Writes to the command's stdin (queued under back-pressure); false when it was not taken because the command ended. */
  write(text: string): boolean;
  /** Ends the command and everything it started (its process group where the OS has them). */
  kill(): void;
}

/** What a session reports: stdout and stderr bytes as they come, and its end (once). */
export interface SessionListener {
  readonly stdout: (chunk: Buffer) => void;
  readonly stderr: (chunk: Buffer) => void;
  readonly exit: (exitCode: number | null, signal: string | null, spawnError?: string) => void;
}

/** Starts a session; injected so tests can stand in for PowerShell. */
export type SessionOpener = (spec: Omit<CommandSpec, 'timeoutMs' | 'maxOutputBytes'>, listener: SessionListener) => CommandSession;

/**
 * Starts a command that keeps running and reads its input from stdin: no shell, fixed locale, its
 * own process group off Windows. The caller bounds each request and calls kill() on a hang;
 * failures to start arrive as exit(null, null, message), as with runCommand.
 */
export const openCommandSession: SessionOpener = (spec, listener) => {
  const ownGroup = process.platform !== 'win32';
  let ended = false;
  const end = (code: number | null, sig: string | null, spawnError?: string): void => {
    if (ended) return;
    ended = true;
    listener.exit(code, sig, spawnError);
  };
  let child: ReturnType<typeof spawn>;
  try {
    child = spawnWithoutShell(spec, ownGroup, 'pipe');
  } catch (e) {
    queueMicrotask(() => end(null, null, e instanceof Error ? e.message : String(e)));
    return { write: () => false, kill: () => undefined };
  }
  child.stdout?.on('data', listener.stdout);
  child.stderr?.on('data', listener.stderr);
  // A write after the process died must not throw out of the event loop.
  child.stdin?.on('error', () => undefined);
  child.on('error', (e) => end(null, null, e.message));
  child.on('close', (code, sig) => end(code, sig));
  return {
    write: (text) => {
      if (ended || !child.stdin?.writable) return false;
      child.stdin.write(text);
      return true;
    },
    kill: () => {
      if (ownGroup && child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // The group is already gone.
        }
      }
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      // Pipes held open by a grandchild outside our reach must not keep the session "running".
      setTimeout(() => end(child.exitCode, child.signalCode ?? 'SIGKILL'), KILL_GRACE_MS).unref();
    },
  };
};
