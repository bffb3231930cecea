import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { isEchoCommand } from '../net/ping/echo-script.js';
import type { CommandOutput, CommandRunner, CommandSpec } from './command.js';
import { withSessionHost } from './session-host.js';

const recordedSchema = z.object({
  cmd: z.string(),
  args: z.array(z.string()),
  stdout: z.string(),
  stderr: z.string().default(''),
  exitCode: z.number().nullable().default(0),
});
/** One command's recorded output, as a report's `raw` list or a recording file holds it. */
export type RecordedCommand = z.infer<typeof recordedSchema>;

/** A recording: either `{ "commands": [...] }` or a whole report, whose `raw` list is used. */
const recordingSchema = z.union([
  z.object({ commands: z.array(recordedSchema) }).transform((r) => r.commands),
  z.object({ raw: z.array(recordedSchema) }).transform((r) => r.raw),
]);

/** A replay file that cannot be used; the message names the file and the problem. */
export class ReplayError extends Error {
  override readonly name = 'ReplayError';
}

/** Reads a recording file (a report JSON or `{ commands: [...] }`). */
export async function loadRecording(file: string): Promise<RecordedCommand[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new ReplayError(`${file}: cannot read the recording (${e instanceof Error ? e.message : String(e)}).`);
  }
  const parsed = recordingSchema.safeParse(json);
  if (!parsed.success) throw new ReplayError(`${file}: not a Homeline report or recording (expected a "raw" or "commands" list of recorded commands).`);
  return parsed.data;
}

const key = (cmd: string, args: readonly string[]): string => JSON.stringify([cmd, ...args]);

/**
 * Answers commands from a recording and runs the rest for real. A help desk feeds a user's
 * recorded output to get the same verdict; a test feeds another OS's or another radio's output to
 * the real engine. The same command recorded twice is answered in turn, the last one repeating.
 */
export function replayRunner(recording: readonly RecordedCommand[], live: CommandRunner): CommandRunner {
  const queues = new Map<string, RecordedCommand[]>();
  for (const r of recording) queues.set(key(r.cmd, r.args), [...(queues.get(key(r.cmd, r.args)) ?? []), r]);
  const run = async (spec: CommandSpec, signal?: AbortSignal): Promise<CommandOutput> => {
    const queue = queues.get(key(spec.cmd, spec.args));
    if (!queue || queue.length === 0) return live(spec, signal);
    const r = queue.length > 1 ? queue.shift()! : queue[0]!;
    return { cmd: spec.cmd, args: spec.args, stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, signal: null, timedOut: false, truncated: false, durationMs: 0 };
  };
  // A recording of a Windows check asks PowerShell first, as the check did (its session was
  // running); echoes go to PowerShell only when the recording holds PowerShell's echoes.
  const echoes = recording.some((r) => isEchoCommand(r.cmd, r.args));
  return withSessionHost(run, { started: () => true, echoReady: () => echoes, refuseEcho: () => undefined });
}
