import type { PingParse, PingReply } from './types.js';

const ADDRESS = '([0-9A-Fa-f.:]+[0-9A-Fa-f])';
const REPLY = new RegExp(`^\\d+ bytes from ${ADDRESS}:? .*?icmp_seq=(\\d+).*?time[=<]\\s*([\\d.]+)\\s*ms`);
const FROM = new RegExp(`^(?:From |\\d+ bytes from )${ADDRESS}:?(?:\\s|$)(.*)$`, 'i');
const STATS = /(\d+) packets transmitted, (\d+) (?:packets )?received/;
const LOCAL_MTU = /message too long, mtu[=\s]*(\d+)/i;

/** Reads Linux (iputils) and macOS ping output. Never throws; unknown lines become notes at most. */
export function parseUnixPing(stdout: string, stderr = ''): PingParse {
  const replies: PingReply[] = [];
  const ttlExceededFrom: string[] = [];
  const unreachableFrom: string[] = [];
  const fragNeeded: { from: string; mtu: number | null }[] = [];
  const notes: string[] = [];
  let transmitted: number | null = null;
  let received: number | null = null;
  for (const raw of `${stdout}\n${stderr}`.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const reply = REPLY.exec(line);
    if (reply) {
      const rtt = Number(reply[3]);
      if (Number.isFinite(rtt)) replies.push({ from: reply[1]!, seq: Number(reply[2]), rttMs: rtt });
      continue;
    }
    const stats = STATS.exec(line);
    if (stats) {
      transmitted = Number(stats[1]);
      received = Number(stats[2]);
      continue;
    }
    const local = LOCAL_MTU.exec(line);
    if (local) {
      fragNeeded.push({ from: 'local', mtu: Number(local[1]) });
      continue;
    }
    const from = FROM.exec(line);
    if (from) {
      const [, address, rest = ''] = from;
      if (/time to live exceeded/i.test(rest)) ttlExceededFrom.push(address!);
      else if (/frag(mentation)? needed/i.test(rest)) {
        const mtu = /mtu\s*=?\s*(\d+)/i.exec(rest);
        fragNeeded.push({ from: address!, mtu: mtu ? Number(mtu[1]) : null });
      } else if (/unreachable/i.test(rest)) unreachableFrom.push(address!);
      continue;
    }
    if (/^ping6?: /.test(line)) notes.push(line);
  }
  const unknownHost = notes.some((n) => /unknown host|cannot resolve|name or service not known|temporary failure in name resolution|no address associated/i.test(n));
  return { transmitted, received, replies, ttlExceededFrom, unreachableFrom, fragNeeded, unknownHost, notes };
}
