import type { PingParse, PingReply } from './types.js';

// Known to read (test/fixtures/real/ping and the written fixtures): iputils (Linux) and BSD/macOS
// ping, IPv4 and IPv6, replies, ICMP errors, permission and name errors, a localized time label.

// An IPv4 or IPv6 address (with an optional zone); the parser checks no more than its characters.
const ADDRESS = '([0-9A-Fa-f.:]*[0-9A-Fa-f](?:%[\\w.-]+)?)';
// Every line about one echo names who sent it: "64 bytes from 203.0.113.10: …" (reply, or an ICMP
// error on macOS), "From 192.0.2.1 icmp_seq=1 …" (ICMP error on Linux), macOS ping6
// "16 bytes from 2001:db8::1, icmp_seq=0 …", and without -n "from gw.example.com (192.0.2.1): …".
const HEAD = new RegExp(`^(?:\\d+ bytes from|From)\\s+(?:[^\\s(]+\\s+\\()?${ADDRESS}\\)?[:,]?(?:\\s+(.*))?$`, 'i');
// The round trip is the one "=N ms" value of a reply, whatever its label: "time=4.6 ms", and
// a localized macOS build printing "kj=4.628 ms" (captured in test/fixtures/real/ping).
const RTT = /[=<]\s*(\d+(?:[.,]\d+)?)\s*ms\b/i;
const SEQ = /\bicmp_seq=(\d+)/i;
const STATS = /(\d+) packets transmitted, (\d+) (?:packets )?received/i;
const MTU = /\bmtu\s*[=:]?\s*(\d+)/i;
// This computer refusing to send a don't-fragment packet larger than its own path MTU.
const LOCAL_TOO_BIG = /message too long/i;
const UNKNOWN_HOST =
  /unknown host|cannot resolve|name or service not known|temporary failure in name resolution|no address associated|nodename nor servname/i;

/**
 * No line ping prints is longer (a hostname is at most 253 characters). Longer lines are garbage
 * and skipped unread: the unanchored STATS pattern backtracks quadratically over a long run of
 * digits (40,000 of them took over a second), and no probe timeout fires while a regex runs.
 */
const MAX_LINE = 1024;

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

/** Reads one line that starts with a sender's address into the result. */
function readFromLine(p: Mutable<PingParse>, address: string, rest: string, isBytesLine: boolean): void {
  const rtt = RTT.exec(rest);
  if (isBytesLine && rtt) {
    // Duplicates are the same echo answered twice; ping's statistics do not count them either.
    if (/\(DUP!\)/.test(rest)) return;
    const seq = SEQ.exec(rest);
    p.replies.push({ from: address, seq: seq ? Number(seq[1]) : null, rttMs: Number(rtt[1]!.replace(',', '.')) });
    return;
  }
  if (/time to live exceeded|time exceeded|hop limit/i.test(rest)) p.ttlExceededFrom.push(address);
  else if (/frag(mentation)? needed|packet too big/i.test(rest)) {
    const mtu = MTU.exec(rest);
    p.fragNeeded.push({ from: address, mtu: mtu ? Number(mtu[1]) : null });
  } else if (/unreachable/i.test(rest)) p.unreachableFrom.push(address);
  // Anything else (redirects, source quench) says nothing about loss: ignored.
}

/**
 * Reads Linux (iputils) and macOS ping output; pass stderr too, where errors go. Pure and total:
 * it never throws, and on foreign input returns what it recognised (possibly nothing).
 */
export function parseUnixPing(stdout: string, stderr = ''): PingParse {
  const p: Mutable<PingParse> = {
    transmitted: null,
    received: null,
    replies: [] as PingReply[],
    ttlExceededFrom: [],
    unreachableFrom: [],
    fragNeeded: [],
    unknownHost: false,
    notes: [],
  };
  for (const raw of `${stdout}\n${stderr}`.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.length > MAX_LINE) continue;
    const head = HEAD.exec(line);
    if (head) {
      readFromLine(p, head[1]!, head[2] ?? '', !/^From\s/i.test(line));
      continue;
    }
    const stats = STATS.exec(line);
    if (stats) {
      p.transmitted = Number(stats[1]);
      p.received = Number(stats[2]);
      continue;
    }
    if (!/^ping6?:/i.test(line)) continue;
    // ping's own complaints: kept word for word so the report can show them.
    if (!p.notes.includes(line)) p.notes.push(line);
    if (LOCAL_TOO_BIG.test(line)) {
      const mtu = MTU.exec(line);
      p.fragNeeded.push({ from: 'local', mtu: mtu ? Number(mtu[1]) : null });
    }
    if (UNKNOWN_HOST.test(line)) p.unknownHost = true;
  }
  return p;
}
