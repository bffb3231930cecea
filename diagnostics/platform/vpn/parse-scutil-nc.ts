// Known to read: a captured macOS listing with Tailscale and ProtonVPN (test/fixtures/real/scutil-nc)
// and written fixtures of the macOS 12-15 layout.
/** One service line of `scutil --nc list`. */
export interface ScutilService {
  readonly enabled: boolean;
  /** "Connected", "Disconnected", "Connecting", "Disconnecting", "Invalid". */
  readonly status: string;
  readonly id: string;
  readonly name: string;
  /** The bracket at the end: "IPSec", "PPP:L2TP", "VPN:com.wireguard.macos"… */
  readonly type: string;
}

// `* (Connected)      <ServiceID> <display name padded> "<name padded>" [<type>[:<subtype>]]`
// The display name ("IPSec", "VPN (com.cisco.anyconnect)") is localized; the bracket is not.
// Read by position rather than one big pattern, so a long garbage line cannot make it backtrack.
const HEAD = /^([* ]) ?\(([A-Za-z]+)\)[ \t]+(\S+)[ \t]/;

/** Reads `scutil --nc list`; lines it cannot read (the title, garbage) are skipped. Never throws. */
export function parseScutilNcList(stdout: string): readonly ScutilService[] {
  const services: ScutilService[] = [];
  for (const raw of stdout.split(/\r?\n/)) {
    const m = HEAD.exec(raw);
    if (!m) continue;
    const rest = raw.slice(m[0].length).trimEnd();
    const open = rest.lastIndexOf('[');
    if (open < 0 || !rest.endsWith(']')) continue;
    const before = rest.slice(0, open);
    const q1 = before.indexOf('"');
    const q2 = before.lastIndexOf('"');
    if (q1 < 0 || q2 <= q1) continue;
    services.push({
      enabled: m[1] === '*',
      status: m[2] ?? '',
      id: m[3] ?? '',
      name: before.slice(q1 + 1, q2).trim(),
      type: rest.slice(open + 1, -1).trim(),
    });
  }
  return services;
}
