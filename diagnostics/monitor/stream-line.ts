import type { OsKind } from '../platform/os-kind.js';

/** What one line of a long-running ping says about one echo; null for lines about none. */
export type StreamLine =
  | { readonly kind: 'reply'; readonly seq: number | null; readonly rttMs: number }
  | { readonly kind: 'lost'; readonly seq: number | null };

// Read by structure, not by words (ping's words are localised on Windows and differ between
// versions): a line about one echo carries its sequence number (iputils "icmp_seq=5", macOS
// "icmp_seq 5"); a reply also carries its round trip ("time=0.123 ms", Windows "time<1ms" or a
// localised word before "=12ms"). iputils -O "no answer yet for icmp_seq=5", macOS "Request timeout
// for icmp_seq 5" and "From 192.0.2.1 icmp_seq=5 Destination Host Unreachable" carry a sequence
// number and no round trip: lost.
const SEQ = /\bicmp_seq[= ](\d+)/;
const RTT_UNIX = /[=<]\s*(\d+(?:\.\d+)?)\s*ms\b/;
// Windows: "Reply from 192.0.2.1: bytes=16 time=1ms TTL=64" (the word "time" is translated, "TTL=" is not).
const TTL_WINDOWS = /\bTTL=\d+/;
const RTT_WINDOWS = /[=<]\s*(\d+)\s*ms\b/i;

/**
 * Classifies one line of `ping` run without a count. On Windows, where lines carry no sequence
 * number, every line after the header is one echo: a reply when it carries a TTL, lost otherwise
 * ("Request timed out.", "Destination host unreachable."); `header` says whether the caller has
 * already seen the first line.
 */
export function parseStreamLine(os: OsKind, line: string, headerSeen: boolean): StreamLine | null {
  const text = line.trim();
  if (text === '') return null;
  if (os === 'win32') {
    if (!headerSeen) return null;
    if (TTL_WINDOWS.test(text)) {
      const rtt = RTT_WINDOWS.exec(text);
      return rtt ? { kind: 'reply', seq: null, rttMs: Number(rtt[1]) } : { kind: 'reply', seq: null, rttMs: 0 };
    }
    return { kind: 'lost', seq: null };
  }
  const seq = SEQ.exec(text);
  if (!seq) return null;
  const n = Number(seq[1]);
  // An ICMP error ("From …") has no round trip; a reply has one after "time".
  const rtt = /\bttl=/i.test(text) ? RTT_UNIX.exec(text) : null;
  return rtt ? { kind: 'reply', seq: n, rttMs: Number(rtt[1]) } : { kind: 'lost', seq: n };
}
