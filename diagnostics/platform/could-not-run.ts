import type { CommandOutput } from './command.js';

/** The longest stretch of a tool's own words kept in a reason. */
const QUOTE_MAX = 160;

function firstLine(text: string): string {
  const line = text.trim().split(/\r?\n/)[0] ?? '';
  return line.length > QUOTE_MAX ? `${line.slice(0, QUOTE_MAX)}…` : line;
}

/**
 * Why a command could not give a measurement at all, in one sentence naming the tool; null when it
 * ran to its end. Missing, not permitted, hung (timed out), crashed (killed by a signal) or flooding
 * its output are the tool's failures, not the network's: a probe turns them into "could not check".
 */
export function couldNotRun(out: CommandOutput): string | null {
  const tool = out.cmd;
  if (out.spawnError !== undefined) {
    if (/ENOENT/.test(out.spawnError)) return `${tool} is not installed or not on the PATH (${out.spawnError})`;
    if (/EACCES|EPERM/.test(out.spawnError)) return `${tool} is not permitted to run (${out.spawnError})`;
    return `${tool} could not be started (${out.spawnError})`;
  }
  if (out.timedOut) return `${tool} did not finish within ${out.durationMs} ms and was stopped`;
  if (out.truncated) return `${tool} printed more than Homeline reads and was stopped`;
  if (out.signal !== null && out.exitCode === null) return `${tool} crashed (${out.signal})`;
  // 126/127: the shell-less equivalents of "found but not executable" and "not found" in wrappers.
  if (out.exitCode === 126 || out.exitCode === 127) return `${tool} could not run (exit ${out.exitCode})${describeStderr(out)}`;
  return null;
}

/** The reason for output that ran but that its parser cannot read. */
export function unreadable(out: CommandOutput): string {
  return `${out.cmd} printed what Homeline cannot read (exit ${String(out.exitCode ?? out.signal)})${describeStderr(out)}`;
}

function describeStderr(out: CommandOutput): string {
  const err = firstLine(out.stderr);
  return err ? `: ${err}` : '';
}
