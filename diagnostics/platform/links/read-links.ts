import type { CommandRunner } from '../command.js';
import { couldNotRun, unreadable } from '../could-not-run.js';
import type { OsKind } from '../os-kind.js';
import { parseIpLinkJson, type OsLink } from './parse-ip-link.js';
import { powershellCommand } from '../powershell.js';
import { wouldWaitForStartup } from '../session-host.js';
import { cimAdapterLinks } from '../windows-cim/adapter-links.js';
import { parseNetAdapterCim } from '../windows-cim/parse-net-adapter-cim.js';
import { NET_ADAPTER } from '../windows-cim/queries.js';

/** The OS's interface list, or why it could not be read (`links` is then null). */
export interface LinksReading {
  readonly links: OsLink[] | null;
  readonly failure: string | null;
}

/**
 * Every interface the OS knows, including those without an address, which the address list leaves
 * out: `ip -j -d link` on Linux, Get-NetAdapter's CIM data on Windows (state and medium as numbers,
 * the same in every display language). On macOS, and on Windows when PowerShell is missing, prints
 * no JSON, or is still starting (the check's session has not answered yet), the address list
 * stands alone as before (links null, no failure).
 */
export async function readLinks(os: OsKind, run: CommandRunner, signal?: AbortSignal): Promise<LinksReading> {
  if (os === 'win32') {
    // Not worth holding up the check's pings for PowerShell to start: the address list stands alone then.
    if (wouldWaitForStartup(run)) return { links: null, failure: null };
    const out = await run(powershellCommand(NET_ADAPTER.script, 5000), signal);
    const adapters = couldNotRun(out) ? null : parseNetAdapterCim(out.stdout);
    const links = adapters ? cimAdapterLinks(adapters) : [];
    return { links: links.length > 0 ? links : null, failure: null };
  }
  if (os !== 'linux') return { links: null, failure: null };
  const out = await run({ cmd: 'ip', args: ['-j', '-d', 'link', 'show'], timeoutMs: 3000 }, signal);
  const failed = couldNotRun(out);
  if (failed) return { links: null, failure: failed };
  const links = out.exitCode === 0 ? parseIpLinkJson(out.stdout) : [];
  // Every Linux system has at least a loopback link: an empty list means the output was not read.
  if (links.length === 0) return { links: null, failure: unreadable(out) };
  return { links, failure: null };
}
