/** One `Label : value` line of netsh-style output, with where it stood. */
export interface LabelledLine {
  /** Leading spaces: netsh indents BSSID details deeper than their network. */
  readonly indent: number;
  /** As printed, trimmed; in any language and possibly with garbled accented letters. */
  readonly label: string;
  /** Everything after the first colon, trimmed (MAC addresses keep their own colons). */
  readonly value: string;
}

const MAX_LINE = 1000;
const LINE = /^([ \t]*)([^:]*?)[ \t]*:[ \t]*(.*?)[ \t]*$/;

/**
 * Splits netsh (and wdutil) output into labelled lines, in order. Lines without a colon, such as
 * the second line of "Radio status", carry no value of their own and are left out.
 */
export function labelledLines(stdout: string): LabelledLine[] {
  const lines: LabelledLine[] = [];
  for (const raw of stdout.split(/\r?\n|\r/)) {
    // Real lines are short; a huge one is garbage, and skipping it keeps the regex linear.
    if (raw.length > MAX_LINE) continue;
    const m = LINE.exec(raw);
    if (!m) continue;
    lines.push({ indent: m[1]!.replace(/\t/g, '    ').length, label: m[2]!, value: m[3]! });
  }
  return lines;
}

/** Authentication values look alike in every language: WPA*, WEP, OWE, Open/Offen/Öppen. */
export function isSecurityText(value: string): boolean {
  return /wpa|wep|owe|802\.1x|open|offen|.ppen|enterprise|personal/i.test(value);
}
