import type { CommandOutput } from '../../platform/command.js';
import { couldNotRun, unreadable } from '../../platform/could-not-run.js';
import type { OsKind } from '../../platform/os-kind.js';
import { parsePingOutput } from './parse.js';
import type { PingParse } from './types.js';

/** "Network is unreachable" and the like: the OS answered for the network, which is a measurement. */
const NETWORK_ANSWER = /unreachable|no route to host/i;

/** Whether a run's output shows anything about the network, as opposed to nothing readable at all. */
export function showsMeasurement(p: PingParse): boolean {
  return (
    p.transmitted !== null ||
    p.replies.length > 0 ||
    p.ttlExceededFrom.length > 0 ||
    p.unreachableFrom.length > 0 ||
    p.fragNeeded.length > 0 ||
    p.unknownHost ||
    p.notes.some((n) => NETWORK_ANSWER.test(n))
  );
}

/**
 * Why one ping run measured nothing (missing, not permitted, hung, crashed, or output with no
 * statistics, answer or network error in it), or null when it did measure: "3 sent, 0 received"
 * is a measurement of silence, random bytes are not.
 */
export function pingRunFailure(out: CommandOutput, os: OsKind, parsed?: PingParse): string | null {
  if (out.spawnError !== undefined) return couldNotRun(out);
  const p = parsed ?? parsePingOutput(os, out);
  if (showsMeasurement(p)) return null;
  // ping's own complaint ("ping: socket: Operation not permitted") says best why it measured nothing.
  return couldNotRun(out) ?? (p.notes[0] ? `ping: ${p.notes[0].replace(/^ping6?:\s*/i, '')}` : unreadable(out));
}

/**
 * For probes whose "nobody answered" is a finding (path hops, tunnel MTU): the reasons when NO
 * ping run measured anything, so the probe says "could not check" instead of "silent path".
 * Empty when any run measured, or when none ran.
 */
export function pingNeverMeasured(outputs: readonly CommandOutput[], os: OsKind): string[] {
  const reasons = outputs.map((o) => pingRunFailure(o, os));
  if (reasons.length === 0 || reasons.some((r) => r === null)) return [];
  return [...new Set(reasons as string[])];
}
