import type { CommandOutput } from './command.js';

/** How a reader words a failed command. */
export interface FailureWording {
  /**
   * False for tools whose output is worth parsing whatever the exit code (the Wi-Fi readers): only
   * a command that could not start or did not answer is then a failure.
   */
  readonly exitCodeFails?: boolean;
  /**
   * A clause for the caller's own sentence ("… not read: nmcli timed out after 5000 ms"), without a
   * full stop and naming how long it waited (VPN, Citrix), rather than a sentence of its own.
   */
  readonly clause?: boolean;
  /**
   * What the note calls the command when its command line would not help a reader: a PowerShell
   * query by its cmdlet rather than the whole script, a listing tool by its name alone. Default:
   * the command line.
   */
  readonly name?: string;
}

/**
 * Why a command gave nothing worth parsing, as a note; null when it ran and exited 0. Failures are
 * data: the readers note them and carry on with what other commands said. One wording for every
 * platform reader (power, proxy, Wi-Fi, VPN, Citrix, resolvers).
 */
export function commandFailure(out: CommandOutput, wording: FailureWording = {}): string | null {
  const what = wording.name ?? [out.cmd, ...out.args].join(' ');
  const end = wording.clause ? '' : '.';
  if (out.spawnError !== undefined) return `${out.cmd} could not be started (${out.spawnError})${end}`;
  if (out.timedOut) return wording.clause ? `${what} timed out after ${out.durationMs} ms` : `${what} did not answer in time.`;
  if (out.exitCode !== 0 && wording.exitCodeFails !== false) {
    // The first stderr line says why (localized on Windows); it is kept as the user's own words.
    const err = (out.stderr.trim().split(/\r?\n/)[0] ?? '').slice(0, 200);
    // Its own full stop is dropped so the sentence does not end in two ("…is not running..").
    const why = err.replace(/[.。]+$/u, '');
    return `${what} failed (exit ${String(out.exitCode ?? out.signal)})${why ? `: ${why}` : ''}${end}`;
  }
  return null;
}
