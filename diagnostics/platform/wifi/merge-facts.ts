import type { WifiFacts } from './types.js';

/**
 * Fills the fields `primary` left null from `secondary`, for readings of the same link by two
 * tools. The state is the primary's unless it could not tell; notes of both are kept.
 */
export function mergeFacts(primary: WifiFacts, secondary: WifiFacts): WifiFacts {
  const pick = <T>(a: T | null, b: T | null): T | null => (a !== null ? a : b);
  return {
    state: primary.state === 'unknown' ? secondary.state : primary.state,
    interface: pick(primary.interface, secondary.interface),
    ssid: pick(primary.ssid, secondary.ssid),
    bssid: pick(primary.bssid, secondary.bssid),
    signalDbm: pick(primary.signalDbm, secondary.signalDbm),
    signalPercent: pick(primary.signalPercent, secondary.signalPercent),
    noiseDbm: pick(primary.noiseDbm, secondary.noiseDbm),
    snrDb: pick(primary.snrDb, secondary.snrDb),
    channel: pick(primary.channel, secondary.channel),
    band: pick(primary.band, secondary.band),
    channelWidthMhz: pick(primary.channelWidthMhz, secondary.channelWidthMhz),
    phyMode: pick(primary.phyMode, secondary.phyMode),
    txRateMbps: pick(primary.txRateMbps, secondary.txRateMbps),
    rxRateMbps: pick(primary.rxRateMbps, secondary.rxRateMbps),
    security: pick(primary.security, secondary.security),
    notes: [...new Set([...primary.notes, ...secondary.notes])],
  };
}
