import { normaliseConsoleSpaces } from '../../platform/console-text/decode.js';
import { ipFamily } from '../../platform/route-lookup/ip-literal.js';
import type { PingParse, PingReply } from './types.js';

// Known to read (captured outputs in test/fixtures/real/ping): Windows XP–11 ping.exe in English,
// German, Swedish (XP), French (space before the colon, "temps=17 ms"), Spanish ("tiempo<1m"),
// Italian (statistics wrapped over two lines), Russian ("время=37мс"), Japanese ("時間 =7ms"),
// Chinese (full-width commas in the statistics).
// Windows prints in the console's language, and the runner decodes its code page as latin1, so
// accented letters arrive as garbage. Everything below keys on structure that every language
// shares: "<words> ADDRESS[ ]: <message>", "TTL=64", "=15ms"/"<1ms"/"= 17 ms", "= 4, … = 3, … = 1".
// A dotted quad, or hex groups with at least one colon (IPv6), so a hex-looking word ("de") is none.
const ADDRESS = '(\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f.:]*[0-9A-Fa-f](?:%\\w+)?)';
// "Reply from 192.0.2.1: …", "Antwort von …: …", "Réponse de … : …": an address, a colon, a
// message. Languages that name the sender first put a few words between them (Japanese
// "192.0.2.1 からの応答: …"); those words hold no "=" and no colon.
const FROM = new RegExp(`\\s${ADDRESS}(?:[ \\t][^:=\\n]{1,30}?)?[ \\t]?:[ \\t]+(.+)$`);
const ECHO_TTL = /\bTTL\s*=\s*\d+/i;
// "= N unit" values of an echo reply: bytes come first, the round trip last. The unit is whatever
// letters the language uses ("ms", "m", "мс"), with or without a space; "<" marks under one unit.
const VALUE = /([=<])\s*(\d+(?:[.,]\d+)?)\s*([^\s\d=<]{0,4})/g;
// "Packets: Sent = 4, Received = 3, Lost = 1" in every language: three "= N" values in a row,
// each followed by a separator that starts with no ASCII letter — a comma of any script (",",
// full-width "，", ideographic "、", or their bytes read as latin1). That keeps out the reply line
// ("=32 time=5ms TTL=") and the times line ("= 0ms, … = 1ms"), whose numbers a unit follows.
const SEP = '\\s*[^A-Za-z\\d=\\s][^=\\n]{0,40}?';
const STATS = new RegExp(`=\\s*(\\d+)${SEP}=\\s*(\\d+)${SEP}=\\s*(\\d+)`);
// Italian ping.exe wraps that line after the second count ("Pacchetti: Trasmessi = 4, Ricevuti = 4,"
// then "    Persi = 0 (0% persi),"): two counts and a trailing separator carry over to the next line.
const STATS_HEAD = new RegExp(`=\\s*(\\d+)${SEP}=\\s*(\\d+)\\s*[^A-Za-z\\d=\\s]\\s*$`);
// "DF" is the one token en "…but DF set", de "DF-Flag ist jedoch gesetzt", sv "…men DF har angetts" share.
const DF = /\bDF\b/;
// TTL expired: en "TTL expired in transit", sv "TTL-tiden gick ut", fr "Durée de vie TTL expirée",
// de "Gültigkeitsdauer nach der Übertragung überschritten" (only the unaccented tails of the German words).
const TTL_EXPIRED = /\bTTL\b|ltigkeitsdauer|berschritten/i;
// The one output without a header or statistics; worded per language (no structure to read).
const UNKNOWN_HOST = /could not find host|Host\s.*\snicht finden|kunde inte hitta/i;

/**
 * The round trip of an echo reply in ms: the last "= N unit" value before TTL (bytes come first).
 * An IPv4 reply has two values (bytes, time); an IPv6 reply only the time. Windows' "<1ms" counts
 * as half a millisecond.
 */
function rttOf(message: string, ipv6: boolean): number | null {
  const ttlAt = message.search(ECHO_TTL);
  const head = ttlAt >= 0 ? message.slice(0, ttlAt) : message;
  const values = [...head.matchAll(VALUE)];
  if (values.length < (ipv6 ? 1 : 2)) return null;
  const last = values[values.length - 1]!;
  const ms = Number(last[2]!.replace(',', '.'));
  if (!Number.isFinite(ms)) return null;
  return last[1] === '<' ? Math.max(ms - 0.5, 0.5) : ms;
}

/**
 * Reads Windows ping.exe output in any display language by its structure; never throws. Only
 * real echo replies count as received: Windows' own statistics also count "destination host
 * unreachable" and "TTL expired" answers as received.
 */
export function parseWindowsPing(stdout: string): PingParse {
  const replies: PingReply[] = [];
  const ttlExceededFrom: string[] = [];
  const unreachableFrom: string[] = [];
  const fragNeeded: { from: string; mtu: number | null }[] = [];
  const notes: string[] = [];
  let transmitted: number | null = null;
  let unknownHost = false;
  let carry = '';
  for (const raw of normaliseConsoleSpaces(stdout).split(/\r?\n|\r/)) {
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const line = ` ${trimmed}`;
    const withCarry = `${carry}${line}`;
    carry = '';
    // An echo reply carries "= N" values too; the counts come before the times line (whose units
    // may be non-Latin letters, "= 33мсек,"), so the first statistics line is the one.
    const echo = ECHO_TTL.test(line);
    const stats = echo ? null : STATS.exec(withCarry);
    if (stats) {
      transmitted ??= Number(stats[1]);
      continue;
    }
    if (!echo && transmitted === null && STATS_HEAD.test(line)) carry = line;
    const from = FROM.exec(line);
    if (from && ipFamily(from[1]!.replace(/%.*$/, '')) !== 0) {
      const address = from[1]!;
      const message = from[2]!;
      const rtt = rttOf(message, address.includes(':'));
      // IPv4 replies carry "TTL="; IPv6 replies print none, only the time.
      if (rtt !== null && (ECHO_TTL.test(message) || address.includes(':'))) {
        replies.push({ from: address, seq: null, rttMs: rtt });
      } else if (rtt !== null) {
        continue; // a time without TTL from an IPv4 sender: no shape we know, so no claim
      } else if (DF.test(message)) fragNeeded.push({ from: address, mtu: null });
      else if (TTL_EXPIRED.test(message)) ttlExceededFrom.push(address);
      else unreachableFrom.push(address);
      continue;
    }
    // A don't-fragment refusal by this computer itself names no address.
    if (DF.test(line)) fragNeeded.push({ from: 'local', mtu: null });
    else if (UNKNOWN_HOST.test(line)) unknownHost = true;
  }
  const readNothing = transmitted === null && replies.length + ttlExceededFrom.length + unreachableFrom.length + fragNeeded.length === 0;
  if (readNothing && !unknownHost && stdout.trim() !== '') {
    // Usage errors, "General failure" without statistics…: the first line tells a human enough.
    notes.push(stdout.trim().split(/\r?\n/)[0]!.trim().slice(0, 200));
  }
  return {
    transmitted,
    received: transmitted === null ? null : Math.min(replies.length, transmitted),
    replies,
    ttlExceededFrom,
    unreachableFrom,
    fragNeeded,
    unknownHost,
    notes,
  };
}
