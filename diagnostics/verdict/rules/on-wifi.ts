import type { Evidence } from '../evidence.js';
import type { EvidenceLine } from '../finding-draft.js';

/**
 * Whether this computer reaches its router over Wi-Fi: a Wi-Fi link is up and the default route
 * does not leave by a known cable (a laptop docked on Ethernet with Wi-Fi on uses the cable).
 */
export function onWifi(e: Evidence): boolean {
  const w = e.wifi?.facts;
  if (w?.state !== 'connected') return false;
  const primary = e.adapters?.primary ?? null;
  if (w.interface !== null && w.interface === primary) return true;
  const primaryKind = e.adapters?.adapters?.find((a) => a.name === primary)?.kind;
  return primaryKind !== 'wired';
}

/** The radio figures a technician would cite, as evidence lines. */
export function radioLines(e: Evidence): EvidenceLine[] {
  const w = e.wifi?.facts;
  if (!w || w.state !== 'connected') return [];
  const lines: EvidenceLine[] = [];
  if (w.signalDbm !== null) {
    lines.push({ key: 'wifiSignal', vars: { dbm: w.signalDbm, ssid: w.ssid ?? '?', channel: w.channel ?? '?', band: w.band ?? '?' } });
  }
  if (w.snrDb !== null) lines.push({ key: 'wifiNoise', vars: { snr: w.snrDb } });
  return lines;
}
