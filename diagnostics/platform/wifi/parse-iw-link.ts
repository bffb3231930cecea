import { bandFromFrequency, channelFromFrequency, dbmToWindowsPercent, normaliseMac, parseNumber } from './radio.js';
import { emptyFacts, type WifiBand, type WifiFacts } from './types.js';

// Known to read (test/fixtures/real/iw-link and the written fixtures): iw 3.x-6.x on Linux,
// with and without MCS fields, "Not connected.", "command failed".

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
    phyMode: phyOf(tx) ?? phyOf(rx),
    txRateMbps: rateOf(tx),
    rxRateMbps: rateOf(rx),
  };
}

function rateOf(bitrate: string | null): number | null {
  const m = /^([\d.]+)\s*MBit\/s/i.exec(bitrate ?? '');
  return m ? parseNumber(m[1]!) : null;
}

/**
 * iw prints 40/80/160/320MHz only when wider than 20 MHz, next to an MCS field; so an MCS line
 * without a width is 20 MHz. A line without any MCS field says nothing about the width (drivers
 * such as rtl8812au print the bare rate even on 80 MHz links), so the width is unknown there.
 * The unit is matched in any case: a published capture (test/fixtures/real/iw-link) reads "40Mhz".
 */
function widthOf(bitrate: string | null): number | null {
  if (bitrate === null || rateOf(bitrate) === null) return null;
  const m = /\b(\d{2,3})\s?MHz\b/i.exec(bitrate);
  if (m) return Number(m[1]);
  return phyOf(bitrate) !== null ? 20 : null;
}

/**
 * The PHY from the MCS kind iw prints. Without an MCS field the line says nothing about the PHY
 * (drivers such as mt76 and some Realtek ones omit it even on 802.11ac links), so it is unknown:
 * a bit rate alone is no evidence ("802.11a" at 216.7 Mbit/s would be impossible).
 */
function phyOf(bitrate: string | null): string | null {
  if (bitrate === null || rateOf(bitrate) === null) return null;
  if (/\bEHT-MCS\b/.test(bitrate)) return '802.11be';
  if (/\bHE-MCS\b/.test(bitrate)) return '802.11ax';
  if (/\bVHT-MCS\b/.test(bitrate)) return '802.11ac';
  if (/(^|\s)MCS\s+\d/.test(bitrate)) return '802.11n';
  return null;
}
