import { isIPv4 } from 'node:net';

// `route print -4 0.0.0.0` (ROUTE.EXE), the default route without PowerShell: read by the shape of
// its rows, never its headings, which Windows translates ("Active Routes:", "Aktive Routen:",
// "目标网络 … 跃点数") like the "On-link" gateway word ("Auf Verbindung" is even two words).
// A row is destination and netmask 0.0.0.0, then the gateway (an address, or words for on-link),
// the interface's own IPv4 address and a metric. The persistent-routes section has no interface
// column and ends in a word, so it never matches. Known to read: Windows 10/11 in English and
// Chinese (captured), and the on-link words of other languages by shape.

/** The default route as route print shows it: the interface by its address, not its name. */
export interface RoutePrintDefault {
  readonly gateway: string | null;
  readonly interfaceAddress: string;
  readonly metric: number;
}

const ROW = /^\s*0\.0\.0\.0\s+0\.0\.0\.0\s+(.+?)\s+(\d{1,3}(?:\.\d{1,3}){3})\s+(\d+)\s*$/;

/** Every active default route, in the order listed. Never throws. */
export function parseRoutePrintDefaults(stdout: string): RoutePrintDefault[] {
  const rows: RoutePrintDefault[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = ROW.exec(line.replace(/[\u00a0\u202f]/g, ' '));
    if (!m || !isIPv4(m[2]!)) continue;
    const hop = m[1]!.trim();
    // An address is a router; anything else is the on-link word of the display language.
    const gateway = isIPv4(hop) && hop !== '0.0.0.0' ? hop : null;
    rows.push({ gateway, interfaceAddress: m[2]!, metric: Number(m[3]) });
  }
  return rows;
}

/** The default route with the lowest metric (the one Windows uses), or null when none is listed. Never throws. */
export function parseRoutePrint(stdout: string): RoutePrintDefault | null {
  return parseRoutePrintDefaults(stdout).reduce<RoutePrintDefault | null>((best, r) => (best === null || r.metric < best.metric ? r : best), null);
}
