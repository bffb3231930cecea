import type { DfReply } from './types.js';

// Linux (iputils) and macOS (BSD ping) under LC_ALL=C, which the runner always sets:
//   echo reply        "1380 bytes from 192.0.2.2: icmp_seq=1 ttl=64 time=0.110 ms"
//   local refusal     "ping: local error: message too long, mtu=1400" (iputils; older: "mtu: 1400")
//                     "ping: sendto: Message too long" (macOS; the send itself failed)
//   ICMP from a hop   "From 192.0.2.1 icmp_seq=1 Frag needed and DF set (mtu = 1400)" (iputils)
//                     "36 bytes from 192.0.2.1: frag needed and DF set (MTU 1400)" (macOS)
// A refusal line never carries "ttl=", so "bytes from" alone does not count as a reply.
const ECHO_REPLY = /^\d+ bytes from [^\n]*\bttl=\d+/m;
const TOO_LONG = /message too long(?:[^\n\d]{0,12}(\d{2,6}))?/i;
const FRAG_NEEDED = /frag(?:mentation)? needed and DF set(?:[^\n\d]{0,12}(\d{2,6}))?/i;

const hint = (digits: string | undefined): number | null => {
  const n = digits === undefined ? NaN : Number(digits);
  return Number.isInteger(n) && n >= 68 && n <= 65_535 ? n : null;
};

/** Reads a Linux or macOS don't-fragment ping (stdout and stderr together). Pure; never throws. */
export function parseDfReplyUnix(text: string): DfReply {
  if (typeof text !== 'string') return { outcome: 'no-reply', mtuHint: null };
  if (ECHO_REPLY.test(text)) return { outcome: 'fits', mtuHint: null };
  const m = TOO_LONG.exec(text) ?? FRAG_NEEDED.exec(text);
  if (m) return { outcome: 'too-big', mtuHint: hint(m[1]) };
  return { outcome: 'no-reply', mtuHint: null };
}
