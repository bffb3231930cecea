/** One link of Linux `ip -d -j addr show`. */
export interface LinuxLink {
  readonly name: string;
  /** "UP", "DOWN", "UNKNOWN" (tunnels without carrier semantics often say UNKNOWN while working). */
  readonly operstate: string | null;
  readonly flags: readonly string[];
  /** "ether", "none" (point-to-point tunnels), "loopback"… */
  readonly linkType: string | null;
  /** The driver kind with `-d`: "tun", "wireguard"…; null without details. */
  readonly kind: string | null;
  /** The bridge a link is enslaved to (a VM's tap), or null. */
  readonly master: string | null;
  readonly addresses: readonly string[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `ip -j addr show` (with or without `-d`); [] for anything that is not its JSON. Never throws. */
/** Whether `ip -j addr` printed its JSON list (nothing at all reads as an empty list, as in parseIpAddrJson). */
export function isIpAddrJson(stdout: string): boolean {
  try {
    return Array.isArray(JSON.parse(stdout.trim() || '[]'));
  } catch {
    return false;
  }
}

export function parseIpAddrJson(stdout: string): readonly LinuxLink[] {
  let json: unknown;
  try {
    json = JSON.parse(stdout.trim() || '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(json)) return [];
  const links: LinuxLink[] = [];
  for (const row of json) {
    if (!isRecord(row)) continue;
    const name = str(row.ifname);
    if (name === null) continue;
    const info = isRecord(row.linkinfo) ? row.linkinfo : {};
    const addrInfo = Array.isArray(row.addr_info) ? row.addr_info : [];
    links.push({
      name,
      operstate: str(row.operstate),
      flags: Array.isArray(row.flags) ? row.flags.filter((f): f is string => typeof f === 'string') : [],
      linkType: str(row.link_type),
      kind: str(info.info_kind),
      master: str(row.master),
      addresses: addrInfo.flatMap((a) => (isRecord(a) && str(a.local) !== null ? [a.local as string] : [])),
    });
  }
  return links;
}
