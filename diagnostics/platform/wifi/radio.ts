import type { WifiBand } from './types.js';

/**
 * Windows' signal quality as dBm. Windows maps -100 dBm to 0 % and -50 dBm to 100 % linearly
 * (WLAN_ASSOCIATION_ATTRIBUTES.wlanSignalQuality), so dBm = percent / 2 - 100.
 */
export function windowsPercentToDbm(percent: number): number {
  return Math.round(Math.min(100, Math.max(0, percent)) / 2 - 100);
}

/** dBm on the same scale as Windows' percentage, so every OS reports a comparable percent. */
export function dbmToWindowsPercent(dbm: number): number {
  return Math.min(100, Math.max(0, Math.round((dbm + 100) * 2)));
}

/**
 * NetworkManager's SIGNAL back to dBm. NM maps -100..-40 dBm onto 0..100 % linearly
 * (nm_wifi_utils_level_to_quality), so this is an estimate from the rounded percent.
 */
export function networkManagerPercentToDbm(percent: number): number {
  return Math.round(-40 - (100 - Math.min(100, Math.max(0, percent))) * 0.6);
}

/** The band a channel number belongs to when no tool said so (6 GHz reuses 1–233, so it needs a Band line). */
export function bandFromChannel(channel: number): WifiBand | null {
  if (channel >= 1 && channel <= 14) return '2.4GHz';
  if (channel >= 32 && channel <= 177) return '5GHz';
  return null;
}

/** The band of a centre frequency in MHz. */
export function bandFromFrequency(mhz: number): WifiBand | null {
  if (mhz >= 2400 && mhz < 2500) return '2.4GHz';
  if (mhz >= 5150 && mhz < 5925) return '5GHz';
  if (mhz >= 5925 && mhz <= 7125) return '6GHz';
  return null;
}

/** The channel number of a centre frequency in MHz (IEEE 802.11 channel plans). */
export function channelFromFrequency(mhz: number): number | null {
  if (mhz === 2484) return 14;
  if (mhz >= 2412 && mhz <= 2472) return Math.round((mhz - 2407) / 5);
  if (mhz === 5935) return 2; // the one 6 GHz channel off the 5 MHz grid
  if (mhz >= 5950 && mhz <= 7125) return Math.round((mhz - 5950) / 5);
  if (mhz >= 5150 && mhz < 5950) return Math.round((mhz - 5000) / 5);
  return null;
}

/** Reads band text in the ways tools print it: "2.4 GHz", "2,4 GHz", "2GHz" (macOS), "5 GHz", "6GHz". */
export function parseBand(text: string): WifiBand | null {
  const m = /^\s*(2(?:[.,]4)?|5|6)\s*GHz\s*$/i.exec(text);
  if (!m) return null;
  return m[1]!.startsWith('2') ? '2.4GHz' : m[1] === '5' ? '5GHz' : '6GHz';
}

const PHY_ORDER = ['b', 'a', 'g', 'n', 'ac', 'ax', 'be'] as const;

/**
 * Normalises "802.11ax", "11ax", "802.11a/b/g/n/ac" or "ax" to '802.11ax' style; a list of
 * modes yields the newest one, since that is what the link can reach.
 */
export function normalisePhyMode(text: string): string | null {
  const body = text.trim().toLowerCase().replace(/^(?:ieee\s*)?(?:802\.)?11\s*/, '');
  let best = -1;
  for (const part of body.split(/[\s/,+]+/)) {
    const i = (PHY_ORDER as readonly string[]).indexOf(part);
    if (i > best) best = i;
  }
  return best < 0 ? null : `802.11${PHY_ORDER[best]!}`;
}

/** A number as tools print it: "866.7", "72,2" (German, Swedish), "1 201"; null when not a number. */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

const MAC = /^[0-9a-f]{2}(?:[:-][0-9a-f]{2}){5}$/i;

/** A MAC address in the one form the facts use: lower case, colons. */
export function normaliseMac(text: string): string | null {
  const t = text.trim();
  return MAC.test(t) ? t.toLowerCase().replace(/-/g, ':') : null;
}
