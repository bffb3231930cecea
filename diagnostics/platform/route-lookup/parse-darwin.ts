import { NO_ROUTE, type RouteLookup } from './route-lookup.js';

/**
 * Reads macOS `route -n get ADDR` ("  gateway: 198.51.100.1", "interface: utun4"). It names no
 * source address, so `source` stays null; an on-link route has no gateway line.
 */
export function parseDarwinRouteGet(stdout: string): RouteLookup {
  const field = (name: string): string | null => {
    const m = new RegExp(`^[ \\t]*${name}:[ \\t]*(\\S+)[ \\t]*\\r?$`, 'm').exec(stdout);
    return m?.[1] ?? null;
  };
  const iface = field('interface');
  const gateway = field('gateway');
  if (iface === null && gateway === null) return NO_ROUTE;
  return { interface: iface, gateway, source: null };
}
