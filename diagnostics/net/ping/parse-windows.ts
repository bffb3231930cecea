import type { PingParse, PingReply } from './types.js';

const ADDRESS = '([0-9A-Fa-f.:]+[0-9A-Fa-f])';
// "Reply from 192.0.2.1: bytes=32 time=15ms TTL=117", "Antwort von …: Bytes=32 Zeit<1ms TTL=64",
// "Svar från …: byte=32 tid=15ms TTL=117", IPv6 "Reply from 2001:db8::1: time=12ms" (no TTL).
// The time is the one value written `=Nms` or `<Nms` without a space; statistics say "= 14ms".
const REPLY = new RegExp(`\\s${ADDRESS}: .*?([=<])(\\d+)ms(?:\\s|$)`);
const OTHER = new RegExp(`\\s${ADDRESS}: (.+)$`);
// "Packets: Sent = 4, Received = 3, Lost = 1" in every language: three "= N" values in a row.
const STATS = /=\s*(\d+),\s*[^=,]+=\s*(\d+),\s*[^=,]+=\s*(\d+)/;

/**
 * Reads Windows ping.exe output in any display language by its structure. Only real echo replies
 * count as received: Windows' own statistics count "destination host unreachable" as received.
 */
export function parseWindowsPing(stdout: string): PingParse {
  const replies: PingReply[] = [];
  const ttlExceededFrom: string[] = [];
  const unreachableFrom: string[] = [];
  const fragNeeded: { from: string; mtu: number | null }[] = [];
  const notes: string[] = [];
  let transmitted: number | null = null;
  let statsReceived: number | null = null;
  let unknownHost = false;
  for (const raw of stdout.split(/\r?\n/)) {
    const line = ` ${raw.trim()}`;
    if (line.trim() === '') continue;
    const stats = STATS.exec(line);
    if (stats) {
      transmitted = Number(stats[1]);
      statsReceived = Number(stats[2]);
      continue;
    }
    const reply = REPLY.exec(line);
    if (reply) {
      const ms = Number(reply[3]);
      replies.push({ from: reply[1]!, seq: null, rttMs: reply[2] === '<' ? Math.max(ms - 0.5, 0.5) : ms });
      continue;
    }
    const other = OTHER.exec(line);
    if (other && !/\d+\s*ms\b/.test(other[2]!)) {
      const [, address, message = ''] = other;
      // The message is localized; each language's wording has one of these markers.
      if (/\bDF\b/.test(message)) fragNeeded.push({ from: address!, mtu: null });
      else if (/TTL|berschritten/i.test(message)) ttlExceededFrom.push(address!);
      else unreachableFrom.push(address!);
      continue;
    }
    // A don't-fragment refusal by this computer itself carries no address.
    if (/\bDF\b/.test(line)) {
      fragNeeded.push({ from: 'local', mtu: null });
      continue;
    }
    // "could not find host" / "konnte Host … nicht finden" / "kunde inte hitta värden": no header, no statistics.
    if (/find host|Host .* nicht finden|kunde inte hitta/i.test(line)) unknownHost = true;
  }
  const readNothing = transmitted === null && replies.length + ttlExceededFrom.length + unreachableFrom.length + fragNeeded.length === 0;
  if (readNothing && !unknownHost && stdout.trim() !== '') {
    notes.push(stdout.trim().split(/\r?\n/)[0]!.slice(0, 200));
  }
  return {
    transmitted,
    received: transmitted === null ? statsReceived : replies.length,
    replies,
    ttlExceededFrom,
    unreachableFrom,
    fragNeeded,
    unknownHost,
    notes,
  };
}
