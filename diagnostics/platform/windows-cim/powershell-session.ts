import { randomBytes } from 'node:crypto';
import { openCommandSession, type CommandOutput, type CommandRunner, type CommandSpec, type SessionOpener } from '../command.js';
import { withSessionHost } from '../session-host.js';

// One long-lived PowerShell answering every `powershellCommand(...)` of a check, instead of one
// powershell.exe start per query (each start costs a few hundred milliseconds on a laptop, more
// with an endpoint scanner). It is started when the check starts, so its start-up runs alongside
// the first measurements. Queries run one at a time, each bounded by its own timeout; a query
// that hangs ends the whole session (process group kill), and the queries after it run as their
// own powershell.exe again. Any other command goes to the ordinary runner. Answers have the shape
// of runCommand's, under the query's own command line, so reports record and replay them as before;
// when PowerShell is missing the answer is the same spawn error, and the probes fall back to text.
// The runner tells the probes (session-host.ts) whether PowerShell has answered yet and whether it
// is idle: until it has, the default route comes from `route print` and pings from ping.exe, so its
// start-up runs beside the first measurements instead of before them; an echo query (.NET Ping,
// net/ping/echo-script.ts) is sent only to an idle session, since queries here run one at a time.

/** The session's command line: no profile, no prompts, commands read from stdin. */
export const SESSION_SPEC = { cmd: 'powershell.exe', args: ['-NoProfile', '-NonInteractive', '-NoLogo', '-Command', '-'] } as const;

/** Run once at start: UTF-8 output (names in any script survive), no progress records. */
const PRELUDE = "$ProgressPreference = 'SilentlyContinue'; [Console]::OutputEncoding = [System.Text.Encoding]::UTF8";

/** The script of a spec made by powershellCommand(), or null for any other command. */
export function sessionScript(spec: CommandSpec): string | null {
  const [a, b, c, script, ...rest] = spec.args;
  const ps = spec.cmd.toLowerCase() === 'powershell.exe' && a === '-NoProfile' && b === '-NonInteractive' && c === '-Command';
  // One line each: stdin is read line by line.
  return ps && rest.length === 0 && typeof script === 'string' && !/[\r\n]/.test(script) ? script : null;
}

interface Pending {
  readonly spec: CommandSpec;
  readonly script: string;
  readonly signal: AbortSignal | undefined;
  readonly resolve: (out: CommandOutput) => void;
  /** The session's own prelude: never run anywhere else. */
  readonly internal?: boolean;
}

/** A runner that sends PowerShell queries to one session; close() ends it. */
export interface SessionRunner extends CommandRunner {
  close(): void;
}

const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * How long the session may take to answer its first line. A PowerShell that reads stdin but never
 * answers (a host that buffers until stdin closes) then costs the check this long once, not every
 * query's own timeout: the queries waiting behind it run as their own powershell.exe.
 */
const STARTUP_TIMEOUT_MS = 4000;

/**
 * Wraps `fallback` (runCommand): PowerShell queries go to one session started now, everything else
 * and every query after the session died goes to `fallback`.
 */
export function powershellSessionRunner(
  fallback: CommandRunner,
  open: SessionOpener = openCommandSession,
  spec: { cmd: string; args: readonly string[] } = SESSION_SPEC,
  startupTimeoutMs = STARTUP_TIMEOUT_MS,
): SessionRunner {
  const queue: Pending[] = [];
  let current: { p: Pending; marker: string; started: number; err: Buffer[]; timer: ReturnType<typeof setTimeout> } | null = null;
  let dead = false;
  /** The prelude was answered: the session reads and answers stdin. */
  let started = false;
  /** An echo query failed in this session: the ping code uses ping.exe from then on. */
  let echoRefused = false;
  let spawnError: string | undefined;
  let buffered = Buffer.alloc(0);

  const session = open(spec, {
    stdout: (chunk) => {
      if (!current) return;
      buffered = Buffer.concat([buffered, chunk]);
      const text = buffered.toString('utf8');
      const at = text.indexOf(`${current.marker}:`);
      if (at < 0) return;
      const end = text.indexOf('\n', at);
      if (end < 0) return;
      const code = Number.parseInt(text.slice(at + current.marker.length + 1, end), 10);
      finish(text.slice(0, at), Number.isNaN(code) ? null : code, false);
      buffered = Buffer.from(text.slice(end + 1), 'utf8');
    },
    stderr: (chunk) => current?.err.push(chunk),
    exit: (_code, _sig, error) => {
      dead = true;
      spawnError = error;
      // The query that was running when PowerShell ended gets what it printed, as failed.
      if (current) finish(buffered.toString('utf8'), null, false, error);
      for (const p of queue.splice(0)) void runAlone(p);
    },
  });
  // The prelude is the first query: its answer proves the session reads and answers stdin.
  queue.push({
    spec: { cmd: spec.cmd, args: ['(prelude)'], timeoutMs: startupTimeoutMs },
    script: PRELUDE,
    signal: undefined,
    resolve: (out) => {
      started = out.exitCode === 0;
    },
    internal: true,
  });
  next();

  /** A query the session cannot take: the spawn error when PowerShell is missing, else its own run. */
  function runAlone(p: Pending): Promise<void> {
    if (p.internal) return Promise.resolve(p.resolve({ cmd: p.spec.cmd, args: p.spec.args, stdout: '', stderr: '', exitCode: null, signal: null, timedOut: false, truncated: false, durationMs: 0 }));
    if (spawnError !== undefined) {
      p.resolve({ cmd: p.spec.cmd, args: p.spec.args, stdout: '', stderr: '', exitCode: null, signal: null, timedOut: false, truncated: false, durationMs: 0, spawnError });
      return Promise.resolve();
    }
    return fallback(p.spec, p.signal).then(p.resolve);
  }

  function finish(stdout: string, exitCode: number | null, timedOut: boolean, error?: string): void {
    const c = current;
    if (!c) return;
    current = null;
    clearTimeout(c.timer);
    c.p.signal?.removeEventListener('abort', onAbort);
    c.p.resolve({
      cmd: c.p.spec.cmd,
      args: c.p.spec.args,
      stdout: stdout.replace(/\r?\n$/, ''),
      stderr: Buffer.concat(c.err).toString('utf8'),
      exitCode,
      signal: null,
      timedOut,
      truncated: false,
      durationMs: Math.round(performance.now() - c.started),
      ...(error === undefined ? {} : { spawnError: error }),
    });
    next();
  }

  function onAbort(): void {
    hang();
  }

  /** The running query did not answer in time: end the session; later queries run alone. */
  function hang(): void {
    dead = true;
    finish(buffered.toString('utf8'), null, true);
    session.kill();
  }

  function next(): void {
    if (current || queue.length === 0) return;
    const p = queue.shift()!;
    if (dead) {
      void runAlone(p);
      next();
      return;
    }
    if (p.signal?.aborted) {
      p.resolve({ cmd: p.spec.cmd, args: p.spec.args, stdout: '', stderr: '', exitCode: null, signal: null, timedOut: true, truncated: false, durationMs: 0 });
      next();
      return;
    }
    // A marker nobody can print by accident: the query's output ends where it appears.
    const marker = `HOMELINE-END-${randomBytes(8).toString('hex')}`;
    buffered = Buffer.alloc(0);
    current = { p, marker, started: performance.now(), err: [], timer: setTimeout(hang, p.spec.timeoutMs ?? DEFAULT_TIMEOUT_MS) };
    p.signal?.addEventListener('abort', onAbort, { once: true });
    const line = `$homelineOk = $true; try { ${p.script} } catch { $homelineOk = $false; [Console]::Error.WriteLine($_) }; Write-Output ('${marker}:' + [int](-not $homelineOk))\n`;
    // Not taken means the session has ended or is ending: its exit (or the timer) settles the query.
    session.write(line);
  }

  const run: CommandRunner = (cmd, signal) => {
    const script = sessionScript(cmd);
    if (script === null) return fallback(cmd, signal);
    return new Promise<CommandOutput>((resolve) => {
      const p: Pending = { spec: cmd, script, signal, resolve };
      if (dead) void runAlone(p);
      else {
        queue.push(p);
        // Aborted while still waiting its turn: answered at once, never sent.
        signal?.addEventListener(
          'abort',
          () => {
            const at = queue.indexOf(p);
            if (at < 0) return;
            queue.splice(at, 1);
            resolve({ cmd: cmd.cmd, args: cmd.args, stdout: '', stderr: '', exitCode: null, signal: null, timedOut: true, truncated: false, durationMs: 0 });
          },
          { once: true },
        );
        next();
      }
    });
  };
  const hosted = withSessionHost(run, {
    started: () => started && !dead,
    echoReady: () => started && !dead && !echoRefused && current === null && queue.length === 0,
    refuseEcho: () => {
      echoRefused = true;
    },
  });
  return Object.assign(hosted, {
    close: () => {
      if (dead) return;
      dead = true;
      session.write('exit\n');
      // A session that does not leave on its own within a second is ended.
      setTimeout(() => session.kill(), 1000).unref();
    },
  });
}
