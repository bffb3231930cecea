import type { CommandRunner } from '../command.js';
import { couldNotRun, unreadable } from '../could-not-run.js';
import type { OsKind } from '../os-kind.js';
import { parseIpLinkJson, type OsLink } from './parse-ip-link.js';

/** The OS's interface list, or why it could not be read (`links` is then null). */
export interface LinksReading {
  readonly links: OsLink[] | null;
  readonly failure: string | null;
}

/**
 * Every interface the OS knows, including those without an address, which the address list leaves
 * out. Linux only for now; elsewhere the address list stands alone (links null, no failure).
 */
export async function readLinks(os: OsKind, run: CommandRunner, signal?: AbortSignal): Promise<LinksReading> {
  if (os !== 'linux') return { links: null, failure: null };
  const out = await run({ cmd: 'ip', args: ['-j', '-d', 'link', 'show'], timeoutMs: 3000 }, signal);
  const failed = couldNotRun(out);
  if (failed) return { links: null, failure: failed };
  const links = out.exitCode === 0 ? parseIpLinkJson(out.stdout) : [];
  // Every Linux system has at least a loopback link: an empty list means the output was not read.
  if (links.length === 0) return { links: null, failure: unreadable(out) };
  return { links, failure: null };
}
