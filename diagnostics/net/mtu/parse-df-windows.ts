import type { DfReply } from './types.js';

// Windows ping is localized and ignores LC_ALL, so this reads structure, not sentences:
//   echo reply  "Reply from 192.0.2.1: bytes=1472 time=1ms TTL=64"
//               (de "Antwort von …: Bytes=1472 Zeit=1ms TTL=64", sv "Svar från …: byte=1472 tid=1ms TTL=64")
//               Only a real echo reply ends in "TTL=n"; "Destination host unreachable" replies do not.
//   too big     "Packet needs to be fragmented but DF set." (de "Paket müsste fragmentiert werden,
//               DF-Flag ist jedoch gesetzt.", sv "Paketet måste fragmenteras men DF har angetts.")
//               Every language keeps the acronym "DF" as a word of its own; the other per-echo
//               lines (timed out, unreachable, general failure) never contain it. No MTU is given.
const ECHO_REPLY = /\bTTL=\d+/;
const DF_WORD = /(?:^|[^A-Za-z0-9])DF(?:$|[^A-Za-z0-9])/;

/** Reads a Windows `ping -f` run in any display language. Pure; never throws. */
export function parseDfReplyWindows(text: string): DfReply {
  if (typeof text !== 'string') return { outcome: 'no-reply', mtuHint: null };
  const lines = text.split(/\r?\n/);
  if (lines.some((l) => ECHO_REPLY.test(l))) return { outcome: 'fits', mtuHint: null };
  if (lines.some((l) => DF_WORD.test(l))) return { outcome: 'too-big', mtuHint: null };
  return { outcome: 'no-reply', mtuHint: null };
}
