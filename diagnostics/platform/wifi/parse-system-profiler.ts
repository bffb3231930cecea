import { bandFromChannel, dbmToWindowsPercent, normaliseMac, normalisePhyMode, parseBand } from './radio.js';
import { emptyFacts, type WifiBand, type WifiNeighbour, type WifiReading } from './types.js';

type Json = Record<string, unknown>;

/** What macOS shows in place of network names when the app lacks Location Services permission. */
export const REDACTED = '<redacted>';

/** The note for a hidden network name. */
export const REDACTED_NOTE =
  'macOS hides the network name (shown as <redacted>): Location Services permission is not granted to this app.';

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

// Known to read (test/fixtures/real/system-profiler): macOS 10.15, 12.7 (joined, not joined),
// 15.5 (joined, not joined, Wi-Fi off, on an iPhone hotspot). Not joined, macOS 15 lists the
// networks around under spairport_airport_local_wireless_networks instead of
// spairport_airport_other_local_wireless_networks; both are read.

/**
 * Reads `system_profiler SPAirPortDataType -json`: the Wi-Fi interface (en0, not awdl0/llw0),
 * its spairport_current_network_information and the other local networks it heard.
 */
export function parseSystemProfilerAirPort(stdout: string): WifiReading {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    return { facts: emptyFacts('unknown', ['system_profiler printed no readable JSON.']), neighbours: [] };
  }
  const sections = isObject(json) && Array.isArray(json.SPAirPortDataType) ? json.SPAirPortDataType : null;
  if (sections === null) return { facts: emptyFacts('unknown', ['system_profiler printed no Wi-Fi section.']), neighbours: [] };
  const interfaces = sections
    .flatMap((s) => (isObject(s) && Array.isArray(s.spairport_airport_interfaces) ? s.spairport_airport_interfaces : []))
    .filter(isObject)
    .filter((i) => !/^(awdl|llw)\d/.test(text(i._name) ?? ''));
  const wifi = interfaces.find((i) => isObject(i.spairport_current_network_information)) ?? interfaces[0];
  if (!wifi) return { facts: emptyFacts('no-adapter', ['macOS lists no Wi-Fi interface.']), neighbours: [] };

  const listed = [wifi.spairport_airport_other_local_wireless_networks, wifi.spairport_airport_local_wireless_networks];
  const neighbours = listed
    .flatMap((l) => (Array.isArray(l) ? l : []))
    .filter(isObject)
    .map(readNetwork);
  const redactedAround = neighbours.length > 0 && neighbours.every((n) => n.ssid === null);
  const current = wifi.spairport_current_network_information;
  const iface = text(wifi._name);
  if (!isObject(current)) {
    const off = /off/i.test(text(wifi.spairport_status_information) ?? '');
    return {
      facts: { ...emptyFacts('disconnected', off ? ['Wi-Fi is turned off.'] : []), interface: iface },
      neighbours,
    };
  }
  const network = readNetwork(current);
  const notes: string[] = [];
  const rawName = text(current._name);
  if (rawName === REDACTED || (rawName === null && redactedAround)) notes.push(REDACTED_NOTE);
  const [signal, noise] = signalNoise(current.spairport_signal_noise);
  const rate = typeof current.spairport_network_rate === 'number' ? current.spairport_network_rate : null;
  const phy = text(current.spairport_network_phymode);
  return {
    facts: {
      ...emptyFacts('connected', notes),
      interface: iface,
      ssid: network.ssid,
      bssid: network.bssid,
      signalDbm: signal,
      signalPercent: signal !== null ? dbmToWindowsPercent(signal) : null,
      noiseDbm: noise,
      snrDb: signal !== null && noise !== null ? signal - noise : null,
      channel: network.channel,
      band: network.band,
      channelWidthMhz: channelInfo(current.spairport_network_channel).widthMhz,
      phyMode: phy !== null ? normalisePhyMode(phy) : null,
      txRateMbps: rate,
      security: network.security,
    },
    neighbours,
  };
}

function readNetwork(n: Json): WifiNeighbour {
  const name = text(n._name);
  const [signal] = signalNoise(n.spairport_signal_noise);
  const { channel, band } = channelInfo(n.spairport_network_channel);
  return {
    ssid: name === REDACTED ? null : name,
    bssid: normaliseMac(text(n.spairport_network_bssid) ?? ''),
    signalDbm: signal,
    signalPercent: signal !== null ? dbmToWindowsPercent(signal) : null,
    channel,
    band,
    security: securityName(n.spairport_security_mode),
  };
}

/** "-58 dBm / -92 dBm" → [-58, -92]. */
function signalNoise(v: unknown): [number | null, number | null] {
  const m = /(-?\d+)\s*dBm\s*\/\s*(-?\d+)\s*dBm/i.exec(typeof v === 'string' ? v : '');
  if (!m) return [null, null];
  const noise = Number(m[2]);
  // 0 dBm noise means "not measured", not a loud room.
  return [Number(m[1]), noise === 0 ? null : noise];
}

/** "36 (5GHz, 80MHz)", "6 (2GHz, 20MHz)" or a bare number. */
function channelInfo(v: unknown): { channel: number | null; band: WifiBand | null; widthMhz: number | null } {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v : '';
  const m = /^\s*(\d{1,3})\b/.exec(s);
  if (!m) return { channel: null, band: null, widthMhz: null };
  const channel = Number(m[1]);
  const bandText = /(\d(?:[.,]\d)?\s*GHz)/i.exec(s)?.[1];
  const width = /(\d+)\s*MHz/i.exec(s)?.[1];
  const band = (bandText !== undefined ? parseBand(bandText) : null) ?? bandFromChannel(channel);
  return { channel, band, widthMhz: width !== undefined ? Number(width) : null };
}

/** "spairport_security_mode_wpa2_personal" → "WPA2 Personal"; "…_none" → "Open", as every reader says it. */
function securityName(v: unknown): string | null {
  const raw = text(v);
  if (raw === null) return null;
  if (/^(spairport_security_mode_)?none$/i.test(raw)) return 'Open';
  const words = raw.replace(/^spairport_security_mode_/, '').split('_').filter((w) => w !== '');
  if (words.length === 0) return null;
  return words.map((w) => (/^(wpa\d?|wep|owe)$/i.test(w) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1))).join(' ');
}
