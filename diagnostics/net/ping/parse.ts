import type { CommandOutput } from '../../platform/command.js';
import type { OsKind } from '../../platform/os-kind.js';
import { isEchoCommand } from './echo-script.js';
import { parseEchoJson } from './parse-echo-json.js';
import { parseUnixPing } from './parse-unix.js';
import { parseWindowsPing } from './parse-windows.js';
import type { PingParse } from './types.js';

/**
 * Reads one ping run's output with the parser for what printed it: the echo JSON of the PowerShell
 * echo query (echo-script.ts) when that ran, else the OS's ping text.
 */
export function parsePingOutput(os: OsKind, out: Pick<CommandOutput, 'stdout' | 'stderr'> & { readonly cmd?: string; readonly args?: readonly string[] }): PingParse {
  if (out.cmd !== undefined && isEchoCommand(out.cmd, out.args ?? [])) return parseEchoJson(out.stdout);
  return os === 'win32' ? parseWindowsPing(`${out.stdout}\n${out.stderr}`) : parseUnixPing(out.stdout, out.stderr);
}
