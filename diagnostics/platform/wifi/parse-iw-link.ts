import { bandFromFrequency, channelFromFrequency, dbmToWindowsPercent, normaliseMac, parseNumber } from './radio.js';
import { emptyFacts, type WifiBand, type WifiFacts } from './types.js';

/**
 * Reads `iw dev IF link`: "Connected to BSSID (on IF)", SSID, freq, signal in dBm and the
 * rx/tx bitrate lines, whose MCS kind gives the PHY (EHT/HE/VHT/HT) and whose flags the width.
 */
export function parseIwLink(stdout: string): WifiFacts {
  // Line-anchored patterns use [ \t], not \s: a \s* after ^ in multiline mode runs across every
  // following empty line, which makes a long run of newlines quadratic.
  if (/^[ \t]*Not connected\.?[ \t\r]*$/m.test(stdout)) return emptyFacts('disconnected');
  const head = /^[ \t]*Connected to[ \t]+(\S+)(?:[ \t]+\(on[ \t]+([^)\s]+)\))?/m.exec(stdout);
  if (!head) {
    const failed = /command failed:[ \t]*(.+)$/m.exec(stdout);
    return emptyFacts('unknown', [failed ? `iw failed: ${failed[1]!.trim()}` : 'iw printed no link details that could be read.']);
  }
  const field = (name: string): string | null => new RegExp(`^[ \\t]*${name}:[ \\t]*(.*?)[ \\t\\r]*$`, 'm').exec(stdout)?.[1] ?? null;
  const freq = parseNumber(field('freq') ?? '');
  const signal = /^(-?\d+)(?:\.\d+)?\s*dBm/.exec(field('signal') ?? '');
  const rx = field('rx bitrate');
  const tx = field('tx bitrate');
  const band = freq !== null ? bandFromFrequency(freq) : null;
  const signalDbm = signal ? Number(signal[1]) : null;
  const ssid = field('SSID');
  return {
    ...emptyFacts('connected'),
    interface: head[2] ?? null,
    ssid: ssid !== null && ssid !== '' ? ssid : null,
    bssid: normaliseMac(head[1]!),
    signalDbm,
    signalPercent: signalDbm !== null ? dbmToWindowsPercent(signalDbm) : null,
    channel: freq !== null ? channelFromFrequency(Math.round(freq)) : null,
    band,
    channelWidthMhz: widthOf(tx) ?? widthOf(rx),
    phyMode: phyOf(tx, band) ?? phyOf(rx, band),
    txRateMbps: rateOf(tx),
    rxRateMbps: rateOf(rx),
  };
}

function rateOf(bitrate: string | null): number | null {
  const m = /^([\d.]+)\s*MBit\/s/i.exec(bitrate ?? '');
  return m ? parseNumber(m[1]!) : null;
}

/** iw prints 40/80/160/320MHz only when wider than 20 MHz; a bitrate line without it is 20 MHz. */
function widthOf(bitrate: string | null): number | null {
  if (bitrate === null || rateOf(bitrate) === null) return null;
  const m = /\b(\d{2,3})MHz\b/.exec(bitrate);
  return m ? Number(m[1]) : 20;
}

function phyOf(bitrate: string | null, band: WifiBand | null): string | null {
  if (bitrate === null || rateOf(bitrate) === null) return null;
  if (/\bEHT-MCS\b/.test(bitrate)) return '802.11be';
  if (/\bHE-MCS\b/.test(bitrate)) return '802.11ax';
  if (/\bVHT-MCS\b/.test(bitrate)) return '802.11ac';
  if (/(^|\s)MCS\s+\d/.test(bitrate)) return '802.11n';
  if (band === '5GHz') return '802.11a';
  if (band === '2.4GHz') return (rateOf(bitrate) ?? 0) > 11 ? '802.11g' : '802.11b';
  return null;
}
