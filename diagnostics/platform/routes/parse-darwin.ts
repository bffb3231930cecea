import type { DefaultRoute } from './default-route.js';

/** Reads macOS `route -n get default` ("gateway: 192.0.2.1", "interface: en0"). */
export function parseDarwinDefaultRoute(stdout: string): DefaultRoute | null {
  const field = (name: string): string | null => {
    // [ \t], not \s: a multiline ^\s* would run across every following empty line (quadratic).
    const m = new RegExp(`^[ \\t]*${name}:[ \\t]*(\\S+)[ \\t\\r]*$`, 'm').exec(stdout);
    return m?.[1] ?? null;
  };
  const gateway = field('gateway');
  const iface = field('interface');
  if (gateway === null && iface === null) return null;
  return { gateway, interface: iface };
}
