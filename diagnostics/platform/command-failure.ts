import type { CommandOutput } from './command.js';

/**
 * Why a command gave nothing worth parsing, as a note; null when it ran and exited 0. Shared by the
 * power and proxy readers (VPN and Wi-Fi keep their own wording: Wi-Fi parses output whatever the
 * exit code, VPN names the timeout).
 */
export function commandFailure(out: CommandOutput): string | null {
  const what = [out.cmd, ...out.args].join(' ');
  if (out.spawnError !== undefined) return `${out.cmd} could not be started (${out.spawnError}).`;
  if (out.timedOut) return `${what} did not answer in time.`;
  if (out.exitCode !== 0) {
    // The first stderr line says why (localized on Windows); it is kept as the user's own words.
    const err = (out.stderr.trim().split(/\r?\n/)[0] ?? '').slice(0, 200);
    return `${what} failed (exit ${String(out.exitCode ?? out.signal)})${err ? `: ${err}` : ''}.`;
  }
  return null;
}
