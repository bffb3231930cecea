import { NMCLI_FIELDS } from './command.js';
import { bandFromChannel, bandFromFrequency, networkManagerPercentToDbm, normaliseMac } from './radio.js';
import { emptyFacts, type WifiNeighbour, type WifiReading } from './types.js';

/** Splits one terse nmcli line at unescaped colons and unescapes `\:` and `\\`. */
export function splitTerse(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      current += line[++i];
    } else if (c === ':') {
      fields.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  fields.push(current);
  return fields;
}

interface Row {
  readonly active: boolean;
  readonly neighbour: WifiNeighbour;
}

/**
 * One row of nmcli's default terse listing (`nmcli -t dev wifi list`, what people paste):
 * IN-USE ("*" or blank), BSSID, SSID, MODE, CHAN, RATE, SIGNAL, BARS, SECURITY. No frequency.
 */
function defaultRow(f: readonly string[]): Row | null {
  if (f.length !== 9 || !/^[* ]?$/.test(f[0]!) || normaliseMac(f[1]!) === null) return null;
  const [inUse, bssid, ssid, , chan, , signal, , security] = f as [string, string, string, string, string, string, string, string, string];
  const channel = /^\d{1,3}$/.test(chan.trim()) ? Number(chan) : null;
  const percent = /^\d{1,3}$/.test(signal.trim()) ? Math.min(100, Number(signal)) : null;
  const sec = security.trim();
  return {
    active: inUse === '*',
    neighbour: {
      ssid: ssid === '' || ssid === '--' ? null : ssid,
      bssid: normaliseMac(bssid),
      signalPercent: percent,
      signalDbm: percent !== null ? networkManagerPercentToDbm(percent) : null,
      channel,
      band: channel !== null ? bandFromChannel(channel) : null,
      security: sec === '' || sec === '--' ? 'Open' : sec,
    },
  };
}

// Known to read: NetworkManager 1.2x–1.4x terse listings, the engine's own field set and the
// default one (test/fixtures/real/nmcli).

/**
 * Reads `nmcli -t -f ACTIVE,SSID,BSSID,CHAN,FREQ,RATE,SIGNAL,SECURITY device wifi list`.
 * The ACTIVE row gives the joined network. RATE is what the access point offers, not the
 * link's negotiated rate, so it is not reported as one; `iw link` has the real rates.
 */
export function parseNmcliWifiList(stdout: string): WifiReading {
  const rows: Row[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const f = splitTerse(line);
    const other = defaultRow(f);
    if (other !== null) {
      rows.push(other);
      continue;
    }
    if (f.length !== NMCLI_FIELDS.length) continue;
    const [active, ssid, bssid, chan, freq, , signal, security] = f as [string, string, string, string, string, string, string, string];
    if (!/^(yes|no)$/i.test(active)) continue;
    const channel = /^\d{1,3}$/.test(chan.trim()) ? Number(chan) : null;
    const mhz = /^(\d{4})(?:\s*MHz)?$/i.exec(freq.trim());
    const percent = /^\d{1,3}$/.test(signal.trim()) ? Math.min(100, Number(signal)) : null;
    const sec = security.trim();
    rows.push({
      active: active.toLowerCase() === 'yes',
      neighbour: {
        ssid: ssid === '' || ssid === '--' ? null : ssid,
        bssid: normaliseMac(bssid),
        signalPercent: percent,
        signalDbm: percent !== null ? networkManagerPercentToDbm(percent) : null,
        channel,
        band: (mhz ? bandFromFrequency(Number(mhz[1])) : null) ?? (channel !== null ? bandFromChannel(channel) : null),
        // An empty SECURITY column is an open network.
        security: sec === '' || sec === '--' ? 'Open' : sec,
      },
    });
  }
  const neighbours = rows.map((r) => r.neighbour);
  const active = rows.find((r) => r.active)?.neighbour;
  if (active) {
    return {
      facts: {
        ...emptyFacts('connected'),
        ssid: active.ssid,
        bssid: active.bssid,
        signalPercent: active.signalPercent,
        signalDbm: active.signalDbm,
        channel: active.channel,
        band: active.band,
        security: active.security,
      },
      neighbours,
    };
  }
  if (rows.length > 0) return { facts: emptyFacts('disconnected'), neighbours };
  return { facts: emptyFacts('unknown', ['nmcli listed no Wi-Fi networks.']), neighbours };
}
