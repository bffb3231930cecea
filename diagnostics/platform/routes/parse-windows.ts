import { powershellObjects } from '../powershell.js';
import type { DefaultRoute } from './default-route.js';

/** The destination of a default route of either family. */
const DEFAULT_PREFIXES = new Set(['0.0.0.0/0', '::/0']);

/**
 * Reads the JSON of Get-NetRoute (one object, or an array sorted by metric). Rows that name a
 * destination other than a default one are skipped, so a whole routing table reads right too.
 */
export function parseWindowsDefaultRoute(stdout: string): DefaultRoute | null {
  for (const r of powershellObjects(stdout) ?? []) {
    if (typeof r.DestinationPrefix === 'string' && !DEFAULT_PREFIXES.has(r.DestinationPrefix)) continue;
    const hop = typeof r.NextHop === 'string' ? r.NextHop : null;
    // On-link default routes (VPN adapters) have NextHop 0.0.0.0: they name no router.
    const gateway = hop && hop !== '0.0.0.0' ? hop : null;
    const iface = typeof r.InterfaceAlias === 'string' ? r.InterfaceAlias : null;
    if (gateway !== null || iface !== null) return { gateway, interface: iface };
  }
  return null;
}
