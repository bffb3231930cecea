import type { CommandOutput } from '../../platform/command.js';
import type { OsKind } from '../../platform/os-kind.js';
import { parseUnixPing } from './parse-unix.js';
import { parseWindowsPing } from './parse-windows.js';
import type { PingParse } from './types.js';

/** Reads one ping run's output with the parser for its OS. */
export function parsePingOutput(os: OsKind, out: Pick<CommandOutput, 'stdout' | 'stderr'>): PingParse {
  return os === 'win32' ? parseWindowsPing(`${out.stdout}\n${out.stderr}`) : parseUnixPing(out.stdout, out.stderr);
}
