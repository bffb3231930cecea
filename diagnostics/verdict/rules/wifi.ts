import type { FindingDraft, Rule } from '../finding-draft.js';
import { lossLevel } from '../loss.js';
import { onWifi, radioLines } from './on-wifi.js';

/** Thresholds a home-office technician uses; below -80 dBm a link barely holds. */
const WEAK_DBM = -70;
const VERY_WEAK_DBM = -80;
const LOW_SNR_DB = 15;
const SLOW_RATE_MBPS = 30;
const OLD_PHY = new Set(['802.11b', '802.11g', '802.11a']);

/**
 * The radio itself. Radio figures alone are advice (info) while the link to the router is clean,
 * a warning once it loses packets; a signal below -80 dBm is worth a warning by itself. Loss at the
 * router over Wi-Fi is the gateway rule's `wifi.link-loss`, which cites these figures.
 */
export const wifiRule: Rule = (e) => {
  const w = e.wifi?.facts;
  if (!w || w.state !== 'connected' || !onWifi(e)) return [];
  const lossy = lossLevel(e.gateway?.stats) !== 'none';
  const severity = lossy ? 'warning' : 'info';
  const findings: FindingDraft[] = [];
  if (w.signalDbm !== null && w.signalDbm <= WEAK_DBM) {
    findings.push({ id: 'wifi.weak-signal', segment: 'wifi', severity: w.signalDbm <= VERY_WEAK_DBM ? 'warning' : severity, evidence: radioLines(e) });
  }
  if (w.snrDb !== null && w.snrDb < LOW_SNR_DB) findings.push({ id: 'wifi.low-snr', segment: 'wifi', severity, evidence: radioLines(e) });
  const crowding = e.wifi?.crowding;
  if (crowding && crowding.level === 'high') {
    findings.push({
      id: 'wifi.crowded-channel',
      segment: 'wifi',
      severity,
      evidence: [{ key: 'wifiCrowded', vars: { count: crowding.sameChannel + crowding.overlapping, channel: crowding.channel } }],
    });
  }
  const rate = w.txRateMbps;
  if ((rate !== null && rate < SLOW_RATE_MBPS) || (w.phyMode !== null && OLD_PHY.has(w.phyMode))) {
    findings.push({ id: 'wifi.slow-link', segment: 'wifi', severity, evidence: [{ key: 'wifiRate', vars: { rate: rate ?? '?', phy: w.phyMode ?? '?' } }] });
  }
  const fasterBandOffered =
    w.band === '2.4GHz' && w.ssid !== null && (e.wifi?.neighbours ?? []).some((n) => n.ssid === w.ssid && (n.band === '5GHz' || n.band === '6GHz'));
  if (fasterBandOffered) findings.push({ id: 'wifi.band-24', segment: 'wifi', severity, evidence: [{ key: 'wifiBand24', vars: { ssid: w.ssid! } }] });
  return findings;
};
