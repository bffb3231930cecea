import type { Probe } from '../engine/probe.js';
import { detectCaptivePortal, type CaptivePortalCheck } from '../net/http/captive-portal.js';
import { cancellableLookup } from '../net/dns/cancellable-lookup.js';
import type { CommandRunner } from '../platform/command.js';
import { couldNotRun } from '../platform/could-not-run.js';
import { powershellCommand } from '../platform/powershell.js';
import { parseNetConnectionProfile, type CimConnectionProfile } from '../platform/windows-cim/parse-net-connection-profile.js';
import { NET_CONNECTION_PROFILE } from '../platform/windows-cim/queries.js';
import { adaptersProbe } from './adapters.js';
import { DNS_TIMEOUT_MS } from './dns-system.js';
import { skipUnlessPath } from './skip-unless-path.js';

export interface CaptivePortalData {
  readonly check: CaptivePortalCheck | null;
  /**
   * Windows only: the network profiles with Windows' own connectivity test per interface (NCSI:
   * 'internet', or 'local-network' behind a sign-in page or a dead line), from
   * Get-NetConnectionProfile's numbers. A second witness beside `check`; null when not read.
   */
  readonly windowsProfiles?: readonly CimConnectionProfile[] | null;
}

/** Windows' connection profiles, or null when PowerShell could not tell (missing, blocked, no JSON). */
async function readWindowsProfiles(run: CommandRunner, signal: AbortSignal): Promise<readonly CimConnectionProfile[] | null> {
  const out = await run(powershellCommand(NET_CONNECTION_PROFILE.script, 5000), signal);
  return couldNotRun(out) ? null : parseNetConnectionProfile(out.stdout);
}

/** Asks the connectivity-check URL whether a sign-in page stands between this network and the internet. */
export const captivePortalProbe: Probe<CaptivePortalData> = {
  id: 'captive-portal',
  dependsOn: [adaptersProbe],
  timeoutMs: 7000,
  async run(ctx) {
    const skip = skipUnlessPath(ctx, { check: null });
    if (skip) return skip;
    const url = ctx.targets.internet.captivePortalUrl;
    if (url === undefined) return { status: 'skipped', data: { check: null }, error: 'the profile names no captive-portal URL' };
    const [check, windowsProfiles] = await Promise.all([
      detectCaptivePortal(url, { timeoutMs: 5000, signal: ctx.signal, lookup: cancellableLookup(DNS_TIMEOUT_MS) }),
      ctx.os === 'win32' ? readWindowsProfiles(ctx.run, ctx.signal) : Promise.resolve(undefined),
    ]);
    const status = check.state === 'open' ? 'ok' : check.state === 'portal' ? 'fail' : 'warn';
    return { status, data: { check, ...(windowsProfiles === undefined ? {} : { windowsProfiles }) } };
  },
};
