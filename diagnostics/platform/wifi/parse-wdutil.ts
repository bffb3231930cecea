import { labelledLines } from './netsh-lines.js';
import { REDACTED, REDACTED_NOTE } from './parse-system-profiler.js';
import { bandFromChannel, dbmToWindowsPercent, normaliseMac, normalisePhyMode, parseNumber } from './radio.js';
import { emptyFacts, type WifiBand, type WifiFacts } from './types.js';

/** The note when wdutil refuses to run without root. */
export const WDUTIL_DENIED_NOTE = 'wdutil needs administrator rights (sudo); its RSSI, noise and BSSID were not read.';

const DENIED = /must be run as root|requires? root|root privileges|sudo wdutil|permission denied|operation not permitted/i;

// Known to read (test/fixtures/real/wdutil): macOS 12 ("Channel : 144 (40 MHz, DFS)",
// "1 (20 MHz, Active)"), macOS 14/15 ("5g44/40", "2g1/20", <redacted> names), not joined
// (RSSI 0 dBm, SSID None).

/**
 * Reads the WIFI section of `sudo wdutil info` ("RSSI : -55 dBm", "Channel : 5g149/80",
 * "PHY Mode : 11ax"). Without root it prints a usage or permission message: that is a note.
 */
export function parseWdutilInfo(stdout: string): WifiFacts {
  const section = wifiSection(stdout);
  const lines = labelledLines(section);
  const field = (name: string): string | null => {
    const line = lines.find((l) => l.label.toLowerCase() === name);
    return line && line.value !== '' ? line.value : null;
  };
  const rssi = dbm(field('rssi'));
  const ssidRaw = field('ssid');
  const bssidRaw = field('bssid');
  if (rssi === null && ssidRaw === null && bssidRaw === null) {
    if (DENIED.test(stdout)) return emptyFacts('unknown', [WDUTIL_DENIED_NOTE]);
    if (/^[ \t]*power[ \t]*:[ \t]*off/im.test(section)) return emptyFacts('disconnected', ['Wi-Fi is turned off.']);
    return emptyFacts('unknown', ['wdutil printed no Wi-Fi details that could be read.']);
  }
  const notes: string[] = [];
  if (ssidRaw === REDACTED || bssidRaw === REDACTED) notes.push(REDACTED_NOTE);
  const none = (v: string | null): string | null => (v === null || v === REDACTED || /^none$/i.test(v) ? null : v);
  const ssid = none(ssidRaw);
  const bssid = normaliseMac(none(bssidRaw) ?? '');
  // A station that is not associated still prints RSSI 0 dBm and SSID None.
  const connected = ssid !== null || bssid !== null || (rssi !== null && rssi < 0);
  if (!connected) return { ...emptyFacts('disconnected', notes), interface: field('interface name') };
  const noise = dbm(field('noise'));
  const signal = rssi !== null && rssi < 0 ? rssi : null;
  const channel = channelSpec(field('channel'));
  const phy = field('phy mode');
  return {
    ...emptyFacts('connected', notes),
    interface: field('interface name'),
    ssid,
    bssid,
    signalDbm: signal,
    signalPercent: signal !== null ? dbmToWindowsPercent(signal) : null,
    noiseDbm: noise !== null && noise < 0 ? noise : null,
    snrDb: signal !== null && noise !== null && noise < 0 ? signal - noise : null,
    channel: channel.channel,
    band: channel.band,
    channelWidthMhz: channel.widthMhz,
    phyMode: phy !== null ? normalisePhyMode(phy) : null,
    txRateMbps: parseNumber((field('tx rate') ?? '').replace(/\s*mbps$/i, '')),
    // wdutil says "None" for an open network, the word system_profiler and nmcli readings share as 'Open'.
    security: /^none$/i.test(field('security') ?? '') ? 'Open' : none(field('security')),
  };
}

/** The lines between the "WIFI" heading and the next heading; the whole text if there is none. */
function wifiSection(stdout: string): string {
  const rows = stdout.split(/\r?\n/);
  const start = rows.findIndex((r) => /^\s*WIFI\s*$/.test(r));
  if (start < 0) return stdout;
  const heading = (r: string): boolean => /^[A-Z][A-Z ]+$/.test(r.trim());
  const end = rows.findIndex((r, i) => i > start && heading(r));
  return rows.slice(start + 1, end < 0 ? rows.length : end).join('\n');
}

function dbm(v: string | null): number | null {
  const m = /^(-?\d+)\s*dBm$/i.exec(v ?? '');
  return m ? Number(m[1]) : null;
}

/**
 * "5g149/80" → channel 149, 5 GHz, 80 MHz; "2g6/20", "6g37/160" (macOS 13 and later); macOS 12
 * prints "144 (40 MHz, DFS)" or "1 (20 MHz, Active)", whose band follows from the channel (a 6 GHz
 * channel cannot be told from a 5 GHz one that way, so it stays unknown outside 2.4/5 GHz ranges).
 */
function channelSpec(v: string | null): { channel: number | null; band: WifiBand | null; widthMhz: number | null } {
  const old = /^(\d{1,3})(?:\s*\((\d+)\s*MHz\b[^)]*\))?\s*$/i.exec(v ?? '');
  if (old) {
    const channel = Number(old[1]);
    return { channel, band: bandFromChannel(channel), widthMhz: old[2] !== undefined ? Number(old[2]) : null };
  }
  const m = /^([256])g(\d{1,3})(?:\/(\d+))?/i.exec(v ?? '');
  if (!m) return { channel: null, band: null, widthMhz: null };
  const band: WifiBand = m[1] === '2' ? '2.4GHz' : m[1] === '5' ? '5GHz' : '6GHz';
  return { channel: Number(m[2]), band, widthMhz: m[3] !== undefined ? Number(m[3]) : null };
}

