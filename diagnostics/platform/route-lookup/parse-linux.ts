import { NO_ROUTE, type RouteLookup } from './route-lookup.js';

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Reads `ip -j route get ADDR` (`[{"dst":…,"gateway":…,"dev":…,"prefsrc":…}]`). */
export function parseLinuxRouteGet(stdout: string): RouteLookup {
  let json: unknown;
  try {
    json = JSON.parse(stdout.trim() || 'null');
  } catch {
    return NO_ROUTE;
  }
  const rows: unknown[] = Array.isArray(json) ? json : [json];
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const r = row as Record<string, unknown>;
    const found: RouteLookup = { interface: str(r.dev), gateway: str(r.gateway), source: str(r.prefsrc) };
    if (found.interface !== null || found.gateway !== null) return found;
  }
  return NO_ROUTE;
}
