import { bandFromFrequency } from './radio.js';
import type { WifiBand } from './types.js';

/** One interface from `iw dev`. */
export interface IwInterface {
  readonly name: string;
  /** "managed" for a normal client; "AP", "monitor", "P2P-client"… otherwise. */
  readonly type: string | null;
  readonly ssid: string | null;
  readonly channel: number | null;
  readonly band: WifiBand | null;
  readonly channelWidthMhz: number | null;
}

/** Reads `iw dev`: every "Interface NAME" stanza with its type, ssid and "channel N (F MHz), width: W MHz". */
export function parseIwDev(stdout: string): IwInterface[] {
  const out: IwInterface[] = [];
  let cur: { name: string; type: string | null; ssid: string | null; channel: number | null; band: WifiBand | null; width: number | null } | null = null;
  const flush = (): void => {
    if (cur) out.push({ name: cur.name, type: cur.type, ssid: cur.ssid, channel: cur.channel, band: cur.band, channelWidthMhz: cur.width });
  };
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trim();
    const iface = /^Interface\s+(\S+)$/.exec(line);
    if (iface) {
      flush();
      cur = { name: iface[1]!, type: null, ssid: null, channel: null, band: null, width: null };
      continue;
    }
    if (/^phy#\d+$/.test(line) || /^Unnamed/.test(line)) {
      flush();
      cur = null;
      continue;
    }
    if (!cur) continue;
    const type = /^type\s+(\S+)/.exec(line);
    if (type) cur.type = type[1]!;
    const ssid = /^ssid\s(.+)$/.exec(line);
    if (ssid) cur.ssid = ssid[1]!;
    const chan = /^channel\s+(\d+)\s*\((\d+)(?:\.\d+)?\s*MHz\)(?:,\s*width:\s*(\d+)\s*MHz)?/.exec(line);
    if (chan) {
      cur.channel = Number(chan[1]);
      cur.band = bandFromFrequency(Number(chan[2]));
      cur.width = chan[3] !== undefined ? Number(chan[3]) : null;
    }
  }
  flush();
  return out;
}
