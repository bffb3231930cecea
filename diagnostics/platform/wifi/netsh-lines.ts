/** One `Label : value` line of netsh-style output, with where it stood. */
export interface LabelledLine {
  /** Leading spaces: netsh indents BSSID details deeper than their network. */
  readonly indent: number;
  /** As printed, trimmed; in any language and possibly with garbled accented letters. */
  readonly label: string;
  /** Everything after the first colon, trimmed (MAC addresses keep their own colons). */
  readonly value: string;
}

import { normaliseConsoleSpaces, repairLatin1Reading } from '../console-text/decode.js';
import { NONE_WORDS, OPEN_WORDS, means } from '../console-text/meanings.js';

const MAX_LINE = 1000;
const LINE = /^([ \t]*)([^:]*?)[ \t]*:[ \t]*(.*?)[ \t]*$/;

/**
 * Splits netsh (and wdutil) output into labelled lines, in order. Lines without a colon, such as
 * the second line of "Radio status", carry no value of their own and are left out.
 */
export function labelledLines(stdout: string): LabelledLine[] {
  const lines: LabelledLine[] = [];
  // Whole-text repair first: labels and values then read as the console printed them, in any
  // code page, with no-break spaces before the colons (French) turned into plain ones.
  for (const raw of normaliseConsoleSpaces(repairLatin1Reading(stdout)).split(/\r?\n|\r/)) {
    // Real lines are short; a huge one is garbage, and skipping it keeps the regex linear.
    if (raw.length > MAX_LINE) continue;
    const m = LINE.exec(raw);
    if (!m) continue;
    lines.push({ indent: m[1]!.replace(/\t/g, '    ').length, label: m[2]!, value: m[3]! });
  }
  return lines;
}

const NAMED_SECURITY = /wpa|wep|\bowe\b|802\.1x|enterprise|personal|\bsae\b/i;

/** Authentication values look alike in every language (WPA*, WEP, OWE) except "Open", which the tables know. */
export function isSecurityText(value: string): boolean {
  return NAMED_SECURITY.test(value) || means(OPEN_WORDS, value);
}

/**
 * The security of a network from its Authentication value and the Cipher value on the line
 * after it: named schemes as printed; "Open" in any of the table's languages, or an
 * authentication word we do not know over a cipher that means "none", reads as 'Open'.
 * Anything else is unknown (null).
 */
export function securityOf(auth: string | null, cipher: string | null): string | null {
  const a = (auth ?? '').trim();
  if (a !== '' && NAMED_SECURITY.test(a)) return a;
  if (a !== '' && means(OPEN_WORDS, a)) return 'Open';
  if (a !== '' && cipher !== null && means(NONE_WORDS, cipher)) return 'Open';
  return null;
}
