import type { OsKind } from '../../platform/os-kind.js';
import { parseDfReplyUnix } from './parse-df-unix.js';
import { parseDfReplyWindows } from './parse-df-windows.js';
import type { DfReply } from './types.js';

/** Reads one don't-fragment ping's output (stdout and stderr joined) for the OS that printed it. */
export function parseDfReply(os: OsKind, text: string): DfReply {
  return os === 'win32' ? parseDfReplyWindows(text) : parseDfReplyUnix(text);
}
