// Known to read: written fixtures only (macOS 12-15 ifconfig); no captured output yet.
/** One interface block of macOS `ifconfig`. */
export interface IfconfigInterface {
  readonly name: string;
  readonly flags: readonly string[];
  readonly ipv4: readonly string[];
  readonly ipv6: readonly string[];
}

const HEADER = /^([A-Za-z][A-Za-z0-9_.-]*):\s+flags=[0-9a-fA-F]*<([^>]*)>/;
const INET = /^\s+inet\s+(\d{1,3}(?:\.\d{1,3}){3})\b/;
const INET6 = /^\s+inet6\s+([0-9A-Fa-f:.]+)(?:%\S+)?\s/;

/** Reads macOS (BSD) `ifconfig` output: names, flags and addresses. Never throws. */
export function parseIfconfig(stdout: string): readonly IfconfigInterface[] {
  const out: { name: string; flags: string[]; ipv4: string[]; ipv6: string[] }[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const h = HEADER.exec(line);
    if (h) {
      out.push({ name: h[1] ?? '', flags: (h[2] ?? '').split(',').filter((f) => f !== ''), ipv4: [], ipv6: [] });
      continue;
    }
    const current = out[out.length - 1];
    if (current === undefined) continue;
    const v4 = INET.exec(line);
    if (v4?.[1] !== undefined) current.ipv4.push(v4[1]);
    const v6 = INET6.exec(`${line} `);
    if (v6?.[1] !== undefined) current.ipv6.push(v6[1]);
  }
  return out;
}
