import type { CommandRunner } from '../command.js';
import type { OsKind } from '../os-kind.js';
import { parseIpLinkJson, type OsLink } from './parse-ip-link.js';

/**
 * Every interface the OS knows, including those without an address, which systeminformation
 * leaves out (it starts from the interfaces that have addresses). Linux only for now; elsewhere
 * systeminformation's list stands alone and this returns null.
 */
export async function readLinks(os: OsKind, run: CommandRunner, signal?: AbortSignal): Promise<OsLink[] | null> {
  if (os !== 'linux') return null;
  const out = await run({ cmd: 'ip', args: ['-j', '-d', 'link', 'show'], timeoutMs: 3000 }, signal);
  if (out.spawnError !== undefined || out.exitCode !== 0) return null;
  return parseIpLinkJson(out.stdout);
}
