import { bandFromChannel } from './radio.js';
import type { WifiBand, WifiFacts, WifiNeighbour } from './types.js';

/** How many access points were heard on one channel of one band. */
export interface ChannelCount {
  readonly band: WifiBand | null;
  readonly channel: number;
  readonly count: number;
}

/** How busy the connected channel is with other access points. */
export interface ChannelCrowding {
  readonly band: WifiBand | null;
  readonly channel: number;
  /** Other access points on exactly this channel. */
  readonly sameChannel: number;
  /** Other 2.4 GHz access points within ±4 channels (their 20 MHz spectra overlap ours). */
  readonly overlapping: number;
  /** Interferers weighted by how loud they are: 1 at -67 dBm or louder, 0.5 to -80, 0.25 below. */
  readonly score: number;
  readonly level: 'low' | 'moderate' | 'high';
}

/** 2.4 GHz channels are 5 MHz apart and 20–22 MHz wide: up to four channels away still overlaps. */
export const OVERLAP_24GHZ = 4;

const bandOf = (n: { band: WifiBand | null; channel: number | null }): WifiBand | null =>
  n.band ?? (n.channel !== null ? bandFromChannel(n.channel) : null);

/** Counts the neighbours per band and channel, 2.4 GHz first, channels ascending. */
export function neighboursPerChannel(neighbours: readonly WifiNeighbour[]): ChannelCount[] {
  const counts = new Map<string, ChannelCount>();
  for (const n of neighbours) {
    if (n.channel === null) continue;
    const band = bandOf(n);
    const key = `${band ?? '?'}/${n.channel}`;
    const prev = counts.get(key);
    counts.set(key, { band, channel: n.channel, count: (prev?.count ?? 0) + 1 });
  }
  const order = (b: WifiBand | null): number => (b === '2.4GHz' ? 0 : b === '5GHz' ? 1 : b === '6GHz' ? 2 : 3);
  return [...counts.values()].sort((a, b) => order(a.band) - order(b.band) || a.channel - b.channel);
}

/**
 * Scores how crowded the connected channel is. The connected access point itself is left out
 * (by BSSID, or one entry with the same SSID and channel when the BSSID is unknown). On 5 and
 * 6 GHz only the same channel counts: those channels do not overlap at 20 MHz.
 */
export function channelCrowding(
  facts: Pick<WifiFacts, 'channel' | 'band' | 'bssid' | 'ssid'>,
  neighbours: readonly WifiNeighbour[],
): ChannelCrowding | null {
  if (facts.channel === null) return null;
  const band = bandOf(facts);
  const own = ownIndex(facts, neighbours);
  let sameChannel = 0;
  let overlapping = 0;
  let score = 0;
  neighbours.forEach((n, i) => {
    if (i === own || n.channel === null || bandOf(n) !== band) return;
    const distance = Math.abs(n.channel - facts.channel!);
    if (distance === 0) sameChannel++;
    else if (band === '2.4GHz' && distance <= OVERLAP_24GHZ) overlapping++;
    else return;
    score += weight(n.signalDbm);
  });
  score = Math.round(score * 100) / 100;
  return { band, channel: facts.channel, sameChannel, overlapping, score, level: score >= 5 ? 'high' : score >= 2 ? 'moderate' : 'low' };
}

function ownIndex(facts: Pick<WifiFacts, 'channel' | 'bssid' | 'ssid'>, neighbours: readonly WifiNeighbour[]): number {
  if (facts.bssid !== null) return neighbours.findIndex((n) => n.bssid === facts.bssid);
  if (facts.ssid === null) return -1;
  return neighbours.findIndex((n) => n.ssid === facts.ssid && n.channel === facts.channel);
}

function weight(dbm: number | null): number {
  if (dbm === null) return 0.5;
  if (dbm >= -67) return 1;
  if (dbm >= -80) return 0.5;
  return 0.25;
}
