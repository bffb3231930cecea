/** A network interface as the OS lists it, with or without an address. */
export interface OsLink {
  readonly name: string;
  readonly up: boolean;
  readonly loopback: boolean;
  readonly virtual: boolean;
  readonly mac: string | null;
  /** What the OS itself says the medium is (Windows' CIM data); absent where it says nothing (Linux). */
  readonly medium?: 'wired' | 'wireless' | null;
  /** The link speed the OS reports, when it reports one. */
  readonly speedMbps?: number | null;
}

const VIRTUAL_KINDS = new Set(['veth', 'tun', 'tap', 'wireguard', 'bridge', 'vlan', 'macvlan', 'dummy', 'vxlan', 'ipip', 'gre']);

/**
 * Reads `ip -j -d link show`. An interface is up when the kernel says so (operstate UP), or, for
 * interfaces without carrier detection (operstate UNKNOWN), when it is UP with LOWER_UP. Never throws.
 */
export function parseIpLinkJson(stdout: string): OsLink[] {
  let json: unknown;
  try {
    json = JSON.parse(stdout.trim() || '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(json)) return [];
  const links: OsLink[] = [];
  for (const row of json) {
    if (typeof row !== 'object' || row === null) continue;
    const r = row as Record<string, unknown>;
    if (typeof r.ifname !== 'string') continue;
    const flags = Array.isArray(r.flags) ? r.flags.filter((f): f is string => typeof f === 'string') : [];
    const operstate = typeof r.operstate === 'string' ? r.operstate : 'UNKNOWN';
    const kind = typeof r.linkinfo === 'object' && r.linkinfo !== null ? (r.linkinfo as Record<string, unknown>).info_kind : undefined;
    const loopback = r.link_type === 'loopback' || flags.includes('LOOPBACK');
    links.push({
      name: r.ifname,
      up: operstate === 'UP' || (operstate === 'UNKNOWN' && flags.includes('UP') && flags.includes('LOWER_UP')),
      loopback,
      virtual: typeof kind === 'string' && VIRTUAL_KINDS.has(kind),
      mac: typeof r.address === 'string' && !loopback && r.link_type === 'ether' ? r.address : null,
    });
  }
  return links;
}
