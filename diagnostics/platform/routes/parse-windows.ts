import type { DefaultRoute } from './default-route.js';

/** Reads the JSON of Get-NetRoute (one object, or an array sorted by metric). */
export function parseWindowsDefaultRoute(stdout: string): DefaultRoute | null {
  let json: unknown;
  try {
    json = JSON.parse(stdout.trim() || 'null');
  } catch {
    return null;
  }
  const rows = Array.isArray(json) ? json : [json];
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const r = row as Record<string, unknown>;
    const hop = typeof r.NextHop === 'string' ? r.NextHop : null;
    // On-link default routes (VPN adapters) have NextHop 0.0.0.0: they name no router.
    const gateway = hop && hop !== '0.0.0.0' ? hop : null;
    const iface = typeof r.InterfaceAlias === 'string' ? r.InterfaceAlias : null;
    if (gateway !== null || iface !== null) return { gateway, interface: iface };
  }
  return null;
}
