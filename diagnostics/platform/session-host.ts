import type { CommandRunner } from './command.js';

// What a runner hosting a long-lived PowerShell (windows-cim/powershell-session.ts) tells the probes
// about it, so PowerShell's start-up never holds up a measurement: until the session has answered
// its first line, the default route comes from `route print` and pings from ping.exe; once it has,
// from Get-NetRoute and .NET's Ping. The host rides on the runner function itself, so wrappers
// (the engine's recording runner) pass it on with keepSessionHost.

/** A runner's PowerShell session, as far as the probes need it. */
export interface SessionHost {
  /** PowerShell has answered its first line: a query sent now waits for no start-up. */
  started(): boolean;
  /** Started, and nothing waits for it: an echo query sent now runs at once. */
  echoReady(): boolean;
  /** An echo query failed (PowerShell printed no echo results): send no more in this check. */
  refuseEcho(): void;
}

const HOST = Symbol('homeline.sessionHost');
type Hosting = CommandRunner & { [HOST]?: SessionHost };

/** `run` offering `host` to the probes. */
export function withSessionHost<R extends CommandRunner>(run: R, host: SessionHost): R {
  return Object.assign(run, { [HOST]: host });
}

/** The session a runner offers, if any (a real Windows check's runner, a replay of a Windows report). */
export function sessionHostOf(run: CommandRunner): SessionHost | undefined {
  return (run as Hosting)[HOST];
}

/** `wrapper` offering the same session as `inner`: for runners that wrap another. */
export function keepSessionHost(inner: CommandRunner, wrapper: CommandRunner): CommandRunner {
  const host = sessionHostOf(inner);
  return host ? withSessionHost(wrapper, host) : wrapper;
}

/**
 * Whether a PowerShell query sent now would first wait for PowerShell to start: only when the
 * runner hosts a session that has not answered yet. A runner without one (the monitor, tests)
 * runs each query as its own powershell.exe, as it always did.
 */
export function wouldWaitForStartup(run: CommandRunner): boolean {
  const host = sessionHostOf(run);
  return host !== undefined && !host.started();
}
