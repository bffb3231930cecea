import type { PingParse, PingReply } from './types.js';

// Known to read (test/fixtures/real/ping and the written fixtures): iputils (Linux, also with -D
// timestamps and -O), BusyBox ("seq="), FreeBSD and macOS ping, IPv4 and IPv6, broadcast
// duplicates, replies, ICMP errors, permission and name errors, a localized time label.

// An IPv4 or IPv6 address (with an optional zone); the parser checks no more than its characters.
const ADDRESS = '([0-9A-Fa-f.:]*[0-9A-Fa-f](?:%[\\w.-]+)?)';
// Every line about one echo names who sent it: "64 bytes from 203.0.113.10: …" (reply, or an ICMP
// error on macOS), "From 192.0.2.1 icmp_seq=1 …" (ICMP error on Linux), macOS ping6
// "16 bytes from 2001:db8::1, icmp_seq=0 …", and without -n "from gw.example.com (192.0.2.1): …".
const HEAD = new RegExp(`^(?:\\d+ bytes from|From)\\s+(?:[^\\s(]+\\s+\\()?${ADDRESS}\\)?[:,]?(?:\\s+(.*))?$`, 'i');
// The round trip is the one "=N ms" value of a reply, whatever its label: "time=4.6 ms", and
// a localized macOS build printing "kj=4.628 ms" (captured in test/fixtures/real/ping).
const RTT = /[=<]\s*(\d+(?:[.,]\d+)?)\s*ms\b/i;
// iputils and BSD print "icmp_seq=N", BusyBox "seq=N".
const SEQ = /\b(?:icmp_)?seq=(\d+)/i;
// `ping -D` puts "[1595191373.643436] " before every line.
const TIMESTAMP = /^\[\d+(?:\.\d+)?\]\s*/;
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

function lastSeq(p: Mutable<PingParse>): number {
  return p.replies.at(-1)?.seq ?? 0;
}

/** Reads one line that starts with a sender's address into the result. */
function readFromLine(p: Mutable<PingParse>, seen: Set<number>, address: string, rest: string, isBytesLine: boolean): void {
  const rtt = RTT.exec(rest);
  if (isBytesLine && rtt) {
    // Duplicates are the same echo answered twice; ping's statistics do not count them either.
    // iputils marks them "(DUP!)"; macOS and FreeBSD print them unmarked, so a sequence number
    // already answered is one too (a broadcast ping gets one answer per host for each echo).
    if (/\(DUP!\)/.test(rest)) return;
    const seqMatch = SEQ.exec(rest);
    const seq = seqMatch ? Number(seqMatch[1]) : null;
    if (seq !== null) {
      // icmp_seq wraps after 65535: a number far below the last one starts a new round.
      if (seen.size > 0 && seq + 32768 < lastSeq(p)) seen.clear();
      if (seen.has(seq)) return;
      seen.add(seq);
    }
    p.replies.push({ from: address, seq, rttMs: Number(rtt[1]!.replace(',', '.')) });
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
  const seen = new Set<number>();
  for (const raw of `${stdout}\n${stderr}`.split(/\r?\n/)) {
    if (raw.length > MAX_LINE) continue;
    const line = raw.trim().replace(TIMESTAMP, '');
    if (line === '') continue;
    const head = HEAD.exec(line);
    if (head) {
      readFromLine(p, seen, head[1]!, head[2] ?? '', !/^From\s/i.test(line));
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
