import type { Probe } from '../engine/probe.js';
import { couldNotRun } from '../platform/could-not-run.js';
import type { OsLink } from '../platform/links/parse-ip-link.js';
import { powershellCommand } from '../platform/powershell.js';
import { cimAdapterLinks } from '../platform/windows-cim/adapter-links.js';
import { parseNetAdapterCim } from '../platform/windows-cim/parse-net-adapter-cim.js';
import { NET_ADAPTER } from '../platform/windows-cim/queries.js';
import { mergeLinks, type AdaptersData } from './adapters.js';

export interface AdapterLinksData {
  /** Windows' own adapter facts (up, medium, virtual, speed) from Get-NetAdapter; null when not read. */
  readonly links: readonly OsLink[] | null;
}

/**
 * Windows: what each adapter is (Wi-Fi, cable, tunnel), whether it is up and its speed, from
 * Get-NetAdapter's numbers. Its own probe, depending on nothing and depended on by nothing, so it
 * waits for PowerShell to start while the pings (which wait for the adapters probe) already run.
 * The rules see the adapters with these facts merged in (withAdapterLinks). Elsewhere the
 * adapters probe reads its links itself (`ip link` on Linux) or there are none (macOS).
 */
export const adapterLinksProbe: Probe<AdapterLinksData> = {
  id: 'adapter-links',
  dependsOn: [],
  timeoutMs: 10_000,
  async run(ctx) {
    if (ctx.os !== 'win32') return { status: 'skipped', data: { links: null }, error: 'only Windows needs its adapter facts read apart' };
    const out = await ctx.run(powershellCommand(NET_ADAPTER.script, 8000), ctx.signal);
    // Without them the adapters stand as Node lists them, as before PowerShell was asked: a gap in
    // detail, not a fault of this computer, so 'skipped' with the reason rather than 'error'.
    const failed = couldNotRun(out);
    if (failed) return { status: 'skipped', data: { links: null }, error: failed };
    const adapters = parseNetAdapterCim(out.stdout);
    const links = adapters ? cimAdapterLinks(adapters) : [];
    if (links.length === 0) return { status: 'skipped', data: { links: null }, error: 'Get-NetAdapter printed no adapter that could be read' };
    return { status: 'ok', data: { links } };
  },
};

/** The adapters probe's data with Windows' adapter facts merged in, as the adapters probe does on Linux. */
export function withAdapterLinks(adapters: Partial<AdaptersData> | undefined, links: readonly OsLink[] | null | undefined): Partial<AdaptersData> | undefined {
  if (!adapters?.adapters || !links) return adapters;
  return { ...adapters, adapters: mergeLinks(adapters.adapters, links) };
}
