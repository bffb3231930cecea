import { NO_ROUTE, type RouteLookup } from './route-lookup.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

// An on-link route (the usual VPN adapter route) has an all-zero next hop: no router to name.
const ON_LINK = new Set(['0.0.0.0', '::']);

/**
 * Reads `Find-NetRoute … | Select-Object InterfaceAlias,NextHop,IPAddress | ConvertTo-Json`. It
 * prints two objects: the chosen source address (IPAddress set, NextHop null) and the route
 * (NextHop set, IPAddress null); either may come alone, and either order is read.
 */
export function parseWindowsFindNetRoute(stdout: string): RouteLookup {
  let json: unknown;
  try {
    json = JSON.parse(stdout.trim() || 'null');
  } catch {
    return NO_ROUTE;
  }
  const rows = (Array.isArray(json) ? json : [json]).filter(
    (r): r is Record<string, unknown> => typeof r === 'object' && r !== null && !Array.isArray(r),
  );
  const route = rows.find((r) => str(r.NextHop) !== null);
  const address = rows.find((r) => str(r.IPAddress) !== null);
  const hop = route ? str(route.NextHop) : null;
  const found: RouteLookup = {
    // The route's own alias wins: it is the interface the packets leave by.
    interface: str(route?.InterfaceAlias) ?? str(address?.InterfaceAlias),
    gateway: hop !== null && !ON_LINK.has(hop) ? hop : null,
    source: address ? str(address.IPAddress) : null,
  };
  return found.interface === null && found.gateway === null && found.source === null ? NO_ROUTE : found;
}
